import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type WebhookDisabledPayload = { url: string; failures: number; failingSince: string; lastError: string | null; manageUrl: string };

/** To every admin when the dispatcher turns off an endpoint that kept failing (lib/webhooks/dispatch.ts). */
export const webhookDisabled = defineTemplate<WebhookDisabledPayload>({
  subject: () => 'A webhook endpoint was turned off',
  text: (p) =>
    `The webhook endpoint ${p.url} failed ${p.failures} deliveries in a row since ${p.failingSince}, so MediNest stopped sending to it.${p.lastError ? `\n\nLast error: ${p.lastError}` : ''}\n\nFix the receiver, then turn the endpoint back on and replay what it missed:\n${p.manageUrl}`,
  html: (p) =>
    emailLayout(
      'Webhook endpoint turned off',
      `<p>The webhook endpoint <strong>${escapeHtml(p.url)}</strong> failed ${escapeHtml(String(p.failures))} deliveries in a row since ${escapeHtml(p.failingSince)}, so MediNest stopped sending to it.</p>
${p.lastError ? `<p>Last error: ${escapeHtml(p.lastError)}</p>` : ''}
<p>Fix the receiver, then turn the endpoint back on and replay what it missed.</p>
<p><a href="${escapeHtml(p.manageUrl)}">Open the endpoint</a></p>`,
    ),
});
