'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, Field, Hidden, SelectField, type FormAction } from '@/components/ui/form';

/** The badge beside the mobile number, on the account page and the verification page. */
export function PhoneBadge({ verified }: { verified: boolean }) {
  const t = useTranslations('account.phone');
  return verified ? (
    <span data-testid="phone-badge" className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">
      {t('badgeVerified')}
    </span>
  ) : (
    <span data-testid="phone-badge" className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">
      {t('badgeNotVerified')}
    </span>
  );
}

export function SendPhoneCodeForm({ action, next, again }: { action: FormAction; next?: string; again: boolean }) {
  const t = useTranslations('account.phone');
  return (
    <ActionForm action={action} submitLabel={again ? t('sendNew') : t('send')} pendingLabel={t('sending')} tone={again ? 'secondary' : 'primary'}>
      {next ? <Hidden name="next" value={next} /> : null}
    </ActionForm>
  );
}

export function VerifyPhoneCodeForm({ action, next }: { action: FormAction; next?: string }) {
  const t = useTranslations('account.phone');
  return (
    <ActionForm action={action} submitLabel={t('verify')} pendingLabel={t('checking')}>
      {next ? <Hidden name="next" value={next} /> : null}
      <Field name="code" label={t('code')} inputMode="numeric" autoComplete="one-time-code" maxLength={20} hint={t('codeHint')} />
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
  const t = useTranslations('account.messageForm');
  return (
    <ActionForm action={action} submitLabel={t('submit')} testId="message-preferences">
      <SelectField name="locale" label={t('locale')} options={languages} defaultValue={preferences.locale} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('orderUpdatesBy')}</legend>
        <CheckboxField name="orderUpdatesByEmail" label={t('email')} defaultChecked={preferences.orderUpdatesByEmail} />
        <CheckboxField name="orderUpdatesBySms" label={t('sms')} defaultChecked={preferences.orderUpdatesBySms} />
      </fieldset>
      <p className="text-xs text-slate-500">{t('note')}</p>
    </ActionForm>
  );
}
