import { defineTemplate } from './types';

export type VerifyEmailPayload = { name: string; verifyUrl: string; expiresInHours: number };

export const verifyEmail = defineTemplate<VerifyEmailPayload>({
  secretFields: ['verifyUrl'],
  compose: (p, { t, common }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [common('greeting', { name: p.name }), t('intro', { hours: p.expiresInHours }), { links: [{ href: p.verifyUrl, label: t('action') }] }, t('outro')],
  }),
});
