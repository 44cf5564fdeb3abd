'use client';

import { Alert } from '@/components/ui/alert';
import { ActionForm, CheckboxField, Field, Hidden, TextAreaField, type FormAction } from '@/components/ui/form';

type EventOption = { value: string; label: string };

function SecretOnce({ message, secret, doneHref }: { message?: string; secret: string; doneHref: string }) {
  return (
    <div className="space-y-2" data-testid="webhook-secret">
      <Alert tone="success">{message}</Alert>
      <label className="block text-sm text-slate-700">
        Signing secret, shown once: give it to the partner over a safe channel. They verify every request with it.
        <input readOnly value={secret} className="mt-1 block w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <a href={doneHref} className="text-sm text-brand-700 underline">Done</a>
    </div>
  );
}

export function RegisterWebhookForm({ events, action }: { events: readonly EventOption[]; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel="Register endpoint"
      testId="register-webhook"
      onSuccess={(state) => {
        const { id, secret } = state.data as { id: string; secret: string };
        return <SecretOnce message={state.message} secret={secret} doneHref={`/admin/webhooks/${id}`} />;
      }}
    >
      <Field name="url" label="URL" hint="Where we POST each event, e.g. https://partner.example.com/hooks/medinest." maxLength={2000} />
      <TextAreaField name="description" label="Description (optional)" hint="Whose endpoint it is and what it is for." rows={2} maxLength={200} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Events</legend>
        {events.map((event) => (
          <CheckboxField key={event.value} name={`event:${event.value}`} label={<><span className="font-mono break-all">{event.value}</span> — {event.label}</>} />
        ))}
      </fieldset>
    </ActionForm>
  );
}

export function EndpointEnabledButton({ endpointId, enabled, action }: { endpointId: string; enabled: boolean; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" tone={enabled ? 'secondary' : 'primary'} submitLabel={enabled ? 'Turn off' : 'Turn on'} testId="toggle-webhook">
      <Hidden name="endpointId" value={endpointId} />
      <Hidden name="enabled" value={enabled ? 'false' : 'true'} />
    </ActionForm>
  );
}

export function RotateSecretButton({ endpointId, action }: { endpointId: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="secondary"
      submitLabel="Rotate secret"
      testId="rotate-webhook-secret"
      confirm={{ title: 'Make a new signing secret?', description: 'The old secret stops signing at once: the partner’s check fails until they use the new one.', confirmLabel: 'Rotate secret' }}
      onSuccess={(state) => <SecretOnce message={state.message} secret={(state.data as { secret: string }).secret} doneHref={`/admin/webhooks/${endpointId}`} />}
    >
      <Hidden name="endpointId" value={endpointId} />
    </ActionForm>
  );
}

export function DeleteEndpointButton({ endpointId, url, action }: { endpointId: string; url: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="danger"
      submitLabel="Delete"
      testId="delete-webhook"
      confirm={{ title: `Delete ${url}?`, description: 'The endpoint and its delivery log are removed and nothing more is sent to it. The audit log keeps the record.', confirmLabel: 'Delete endpoint' }}
    >
      <Hidden name="endpointId" value={endpointId} />
    </ActionForm>
  );
}

export function SendTestButton({ endpointId, action }: { endpointId: string; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" tone="secondary" submitLabel="Send test event" pendingLabel="Sending…" testId="send-webhook-test">
      <Hidden name="endpointId" value={endpointId} />
    </ActionForm>
  );
}

export function ReplayButton({ endpointId, deliveryId, action }: { endpointId: string; deliveryId: string; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" tone="secondary" submitLabel="Replay" pendingLabel="Sending…" testId="replay-webhook">
      <Hidden name="endpointId" value={endpointId} />
      <Hidden name="deliveryId" value={deliveryId} />
    </ActionForm>
  );
}
