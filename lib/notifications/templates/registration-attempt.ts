import { defineTemplate } from './types';

export type RegistrationAttemptPayload = { name: string; signInUrl: string; resetUrl: string };

export const registrationAttempt = defineTemplate<RegistrationAttemptPayload>({
  compose: (p, { t, common }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('body'),
      { links: [{ href: p.signInUrl, label: t('signIn') }, { href: p.resetUrl, label: t('reset') }] },
      t('outro'),
    ],
  }),
});
