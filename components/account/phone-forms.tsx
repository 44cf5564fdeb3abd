'use client';

import { ActionForm, CheckboxField, Field, Hidden, SelectField, type FormAction } from '@/components/ui/form';

/** The badge beside the mobile number, on the account page and the verification page. */
export function PhoneBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <span data-testid="phone-badge" className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">
      ✓ Verified
    </span>
  ) : (
    <span data-testid="phone-badge" className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">
      Not verified
    </span>
  );
}

export function SendPhoneCodeForm({ action, next, again }: { action: FormAction; next?: string; again: boolean }) {
  return (
    <ActionForm action={action} submitLabel={again ? 'Send a new code' : 'Send code by SMS'} pendingLabel="Sending…" tone={again ? 'secondary' : 'primary'}>
      {next ? <Hidden name="next" value={next} /> : null}
    </ActionForm>
  );
}

export function VerifyPhoneCodeForm({ action, next }: { action: FormAction; next?: string }) {
  return (
    <ActionForm action={action} submitLabel="Verify" pendingLabel="Checking…">
      {next ? <Hidden name="next" value={next} /> : null}
      <Field name="code" label="Code from the SMS" inputMode="numeric" autoComplete="one-time-code" maxLength={20} hint="6 digits, valid for 5 minutes, 3 tries" />
    </ActionForm>
  );
}

export function MessagePreferencesForm({
  action,
  preferences,
  languages,
}: {
  action: FormAction;
  preferences: { locale: string; orderUpdatesByEmail: boolean; orderUpdatesBySms: boolean };
  languages: { value: string; label: string }[];
}) {
  return (
    <ActionForm action={action} submitLabel="Save message settings" testId="message-preferences">
      <SelectField name="locale" label="Language of emails, SMS and notifications" options={languages} defaultValue={preferences.locale} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Order updates by</legend>
        <CheckboxField name="orderUpdatesByEmail" label="Email" defaultChecked={preferences.orderUpdatesByEmail} />
        <CheckboxField name="orderUpdatesBySms" label="SMS" defaultChecked={preferences.orderUpdatesBySms} />
      </fieldset>
      <p className="text-xs text-slate-500">SMS go only to a verified number; an update with no SMS (a cancellation) is emailed anyway. Sign-in, password and verification messages are always sent.</p>
    </ActionForm>
  );
}
