import { defineTemplate } from './types';

export type WelcomePayload = { name: string; shopUrl: string };

export const welcome = defineTemplate<WelcomePayload>({
  compose: (p, { t, common }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [common('greeting', { name: p.name }), t('body'), { links: [{ href: p.shopUrl, label: t('action') }] }],
  }),
});
