'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ActionForm, CheckboxField, Field, Hidden, TextAreaField, type FormAction } from '@/components/ui/form';
import { getPathname } from '@/lib/i18n/navigation';

type EventOption = { value: string; label: string };

function SecretOnce({ message, secret, endpointId }: { message?: string; secret: string; endpointId: string }) {
  const t = useTranslations('manage.webhooks.forms');
  // A full page load (a plain link), so the page comes back without the secret.
  const doneHref = getPathname({ href: `/admin/webhooks/${endpointId}`, locale: useLocale() });
  return (
    <div className="space-y-2" data-testid="webhook-secret">
      <Alert tone="success">{message}</Alert>
      <label className="block text-sm text-slate-700">
        {t('secretOnce')}
        <input readOnly value={secret} className="mt-1 block w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <a href={doneHref} className="text-sm text-brand-700 underline">{t('done')}</a>
    </div>
  );
}

export function RegisterWebhookForm({ events, action }: { events: readonly EventOption[]; action: FormAction }) {
  const t = useTranslations('manage.webhooks.forms');
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={t('register')}
      testId="register-webhook"
      onSuccess={(state) => {
        const { id, secret } = state.data as { id: string; secret: string };
        return <SecretOnce message={state.message} secret={secret} endpointId={id} />;
      }}
    >
      <Field name="url" label={t('url')} hint={t('urlHint')} maxLength={2000} />
      <TextAreaField name="description" label={t('description')} hint={t('descriptionHint')} rows={2} maxLength={200} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t('events')}</legend>
        {events.map((event) => (
          <CheckboxField key={event.value} name={`event:${event.value}`} label={<><span className="font-mono break-all">{event.value}</span> — {event.label}</>} />
        ))}
      </fieldset>
    </ActionForm>
  );
}

export function EndpointEnabledButton({ endpointId, enabled, action }: { endpointId: string; enabled: boolean; action: FormAction }) {
  const t = useTranslations('manage.webhooks.forms');
  return (
    <ActionForm action={action} density="compact" tone={enabled ? 'secondary' : 'primary'} submitLabel={enabled ? t('turnOff') : t('turnOn')} testId="toggle-webhook">
      <Hidden name="endpointId" value={endpointId} />
      <Hidden name="enabled" value={enabled ? 'false' : 'true'} />
    </ActionForm>
  );
}

export function RotateSecretButton({ endpointId, action }: { endpointId: string; action: FormAction }) {
  const t = useTranslations('manage.webhooks.forms');
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="secondary"
      submitLabel={t('rotate')}
      testId="rotate-webhook-secret"
      confirm={{ title: t('rotateTitle'), description: t('rotateDescription'), confirmLabel: t('rotate') }}
      onSuccess={(state) => <SecretOnce message={state.message} secret={(state.data as { secret: string }).secret} endpointId={endpointId} />}
    >
      <Hidden name="endpointId" value={endpointId} />
    </ActionForm>
  );
}

export function DeleteEndpointButton({ endpointId, url, action }: { endpointId: string; url: string; action: FormAction }) {
  const t = useTranslations('manage.webhooks.forms');
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="danger"
      submitLabel={t('delete')}
      testId="delete-webhook"
      confirm={{ title: t('deleteTitle', { url }), description: t('deleteDescription'), confirmLabel: t('deleteConfirm') }}
    >
      <Hidden name="endpointId" value={endpointId} />
    </ActionForm>
  );
}

export function SendTestButton({ endpointId, action }: { endpointId: string; action: FormAction }) {
  const t = useTranslations('manage.webhooks.forms');
  return (
    <ActionForm action={action} density="compact" tone="secondary" submitLabel={t('sendTest')} pendingLabel={t('sending')} testId="send-webhook-test">
      <Hidden name="endpointId" value={endpointId} />
    </ActionForm>
  );
}

export function ReplayButton({ endpointId, deliveryId, action }: { endpointId: string; deliveryId: string; action: FormAction }) {
  const t = useTranslations('manage.webhooks.forms');
  return (
    <ActionForm action={action} density="compact" tone="secondary" submitLabel={t('replay')} pendingLabel={t('sending')} testId="replay-webhook">
      <Hidden name="endpointId" value={endpointId} />
      <Hidden name="deliveryId" value={deliveryId} />
    </ActionForm>
  );
}
