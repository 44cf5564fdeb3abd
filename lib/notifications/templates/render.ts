import { translatorFor } from '@/lib/i18n/translator';
import { escapeHtml } from '../escape-html';
import type { MessageLocale } from '../locale';
import type { EmailBlock, EmailContent } from './types';

export type RenderedEmail = { subject: string; text: string; html: string };

function blockText(block: EmailBlock): string {
  if (typeof block === 'string') return block;
  if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
  return block.links.map((link) => `${link.label}: ${link.href}`).join('\n');
}

function blockHtml(block: EmailBlock): string {
  if (typeof block === 'string') return `<p>${escapeHtml(block)}</p>`;
  if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  return `<p>${block.links.map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`).join(' · ')}</p>`;
}

/** The text and HTML bodies of one email, from one description of it; every value is escaped in HTML. */
export function renderEmail(content: EmailContent, locale: MessageLocale): RenderedEmail {
  const blocks = content.blocks.filter((block): block is EmailBlock => block !== null);
  const footer = translatorFor(locale, 'email.common')('footer');
  return {
    subject: content.subject,
    text: blocks.map(blockText).join('\n\n'),
    html: `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;color:#047857">${escapeHtml(content.heading)}</h1>
${blocks.map(blockHtml).join('\n')}
<p style="color:#64748b;font-size:12px;margin-top:32px">${escapeHtml(footer)}</p>
</body></html>`,
  };
}
