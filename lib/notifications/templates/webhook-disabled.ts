import { defineTemplate } from './types';

export type WebhookDisabledPayload = { url: string; failures: number; failingSince: string; lastError: string | null; manageUrl: string };

/** To every admin when the dispatcher turns off an endpoint that kept failing (lib/webhooks/dispatch.ts). */
export const webhookDisabled = defineTemplate<WebhookDisabledPayload>({
  compose: (p, { t }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [
      t('body', { url: p.url, failures: p.failures, since: p.failingSince }),
      p.lastError ? t('lastError', { error: p.lastError }) : null,
      t('fix'),
      { links: [{ href: p.manageUrl, label: t('action') }] },
    ],
  }),
});
