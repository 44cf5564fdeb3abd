import { defineTemplate } from './types';

export type PasswordResetPayload = { name: string; resetUrl: string; expiresInMinutes: number };

export const passwordReset = defineTemplate<PasswordResetPayload>({
  secretFields: ['resetUrl'],
  compose: (p, { t, common }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [common('greeting', { name: p.name }), t('intro', { minutes: p.expiresInMinutes }), { links: [{ href: p.resetUrl, label: t('action') }] }, t('outro')],
  }),
});
