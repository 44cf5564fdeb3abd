import { formatPaisa } from '@/lib/money';
import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type RefundRecordedPayload = { name: string; orderNumber: string; amountPaisa: number; provider: string; reference: string; url: string };

export const refundRecorded = defineTemplate<RefundRecordedPayload>({
  subject: (p) => `Refund for order ${p.orderNumber}`,
  text: (p) =>
    `Namaste ${p.name},\n\nWe refunded ${formatPaisa(p.amountPaisa)} for order ${p.orderNumber} through ${p.provider} (reference ${p.reference}). It may take a few days to show in your wallet.\n\n${p.url}`,
  html: (p) =>
    emailLayout(
      'Refund sent',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>We refunded <strong>${escapeHtml(formatPaisa(p.amountPaisa))}</strong> for order <strong>${escapeHtml(p.orderNumber)}</strong> through ${escapeHtml(p.provider)} (reference ${escapeHtml(p.reference)}). It may take a few days to show in your wallet.</p>
<p><a href="${escapeHtml(p.url)}">See your order</a></p>`,
    ),
});
