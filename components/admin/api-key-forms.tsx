'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ActionForm, CheckboxField, Field, Hidden, type FormAction } from '@/components/ui/form';
import { getPathname } from '@/lib/i18n/navigation';

type Scope = { value: string; label: string };

export function CreatePartnerKeyForm({ scopes, action }: { scopes: readonly Scope[]; action: FormAction }) {
  const t = useTranslations('manage.apiKeys.forms');
  // A full page load (a plain link), so the page comes back without the key.
  const doneHref = getPathname({ href: '/admin/api-keys', locale: useLocale() });
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={t('create')}
      testId="create-api-key"
      onSuccess={(state) => {
        const { key } = state.data as { key: string };
        return (
          <div className="space-y-2" data-testid="new-api-key">
            <Alert tone="success">{state.message}</Alert>
            <label className="block text-sm text-slate-700">
              {t('shownOnce')}
              <input readOnly value={key} className="mt-1 block w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            </label>
            <a href={doneHref} className="text-sm text-brand-700 underline">{t('done')}</a>
          </div>
        );
      }}
    >
      <Field name="name" label={t('name')} hint={t('nameHint')} maxLength={80} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t('scopes')}</legend>
        {scopes.map((scope) => (
          <CheckboxField key={scope.value} name={`scope:${scope.value}`} label={<><span className="font-mono">{scope.value}</span> — {scope.label}</>} />
        ))}
      </fieldset>
    </ActionForm>
  );
}

export function RevokePartnerKeyButton({ keyId, name, action }: { keyId: string; name: string; action: FormAction }) {
  const t = useTranslations('manage.apiKeys.forms');
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="danger"
      submitLabel={t('revoke')}
      testId="revoke-api-key"
      confirm={{ title: t('revokeTitle', { name }), description: t('revokeDescription'), confirmLabel: t('revokeConfirm') }}
    >
      <Hidden name="keyId" value={keyId} />
    </ActionForm>
  );
}
