'use client';

import { Alert } from '@/components/ui/alert';
import { ActionForm, CheckboxField, Field, Hidden, type FormAction } from '@/components/ui/form';

type Scope = { value: string; label: string };

export function CreatePartnerKeyForm({ scopes, action }: { scopes: readonly Scope[]; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel="Create key"
      testId="create-api-key"
      onSuccess={(state) => {
        const { key } = state.data as { key: string };
        return (
          <div className="space-y-2" data-testid="new-api-key">
            <Alert tone="success">{state.message}</Alert>
            <label className="block text-sm text-slate-700">
              Shown once: copy it now and hand it to the partner over a safe channel. We keep only a fingerprint of it.
              <input readOnly value={key} className="mt-1 block w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            </label>
            <a href="/admin/api-keys" className="text-sm text-brand-700 underline">Done</a>
          </div>
        );
      }}
    >
      <Field name="name" label="Name" hint="Who uses it and what for, e.g. “Pathao deliveries, Kathmandu”." maxLength={80} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Scopes</legend>
        {scopes.map((scope) => (
          <CheckboxField key={scope.value} name={`scope:${scope.value}`} label={<><span className="font-mono">{scope.value}</span> — {scope.label}</>} />
        ))}
      </fieldset>
    </ActionForm>
  );
}

export function RevokePartnerKeyButton({ keyId, name, action }: { keyId: string; name: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="danger"
      submitLabel="Revoke"
      testId="revoke-api-key"
      confirm={{ title: `Revoke “${name}”?`, description: 'The partner’s next request with this key is refused, on every server. This cannot be undone; issue a new key if they need access again.', confirmLabel: 'Revoke key' }}
    >
      <Hidden name="keyId" value={keyId} />
    </ActionForm>
  );
}
