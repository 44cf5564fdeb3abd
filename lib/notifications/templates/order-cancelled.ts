import { formatPaisa } from '@/lib/money';
import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type OrderCancelledPayload = { name: string; orderNumber: string; totalPaisa: number; reason: string | null; refundDue: boolean };

function refundLine(p: OrderCancelledPayload): string {
  return p.refundDue ? `Your payment of ${formatPaisa(p.totalPaisa)} will be refunded to the wallet you paid with (eSewa or Khalti).` : 'You have not been charged.';
}

export const orderCancelled = defineTemplate<OrderCancelledPayload>({
  subject: (p) => `Your order ${p.orderNumber} was cancelled`,
  text: (p) => `Namaste ${p.name},\n\nYour order ${p.orderNumber} was cancelled.${p.reason ? `\nReason: ${p.reason}` : ''}\n\n${refundLine(p)}`,
  html: (p) =>
    emailLayout(
      'Order cancelled',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Your order <strong>${escapeHtml(p.orderNumber)}</strong> was cancelled.</p>
${p.reason ? `<p>Reason: ${escapeHtml(p.reason)}</p>` : ''}
<p>${escapeHtml(refundLine(p))}</p>`,
    ),
});
