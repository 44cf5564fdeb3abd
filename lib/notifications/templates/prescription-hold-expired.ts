import { formatPaisa } from '@/lib/money';
import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type PrescriptionHoldExpiredPayload = { name: string; orderNumber: string; totalPaisa: number; refundDue: boolean; holdHours: number };

function moneyLine(p: PrescriptionHoldExpiredPayload): string {
  return p.refundDue ? `Your payment of ${formatPaisa(p.totalPaisa)} will be refunded to the wallet you paid with (eSewa or Khalti).` : 'You have not been charged.';
}

function reasonLine(p: PrescriptionHoldExpiredPayload): string {
  return `We held the medicines for ${p.holdHours} hours, but no approved prescription covered them in that time, so they went back on the shelf for other patients.`;
}

/** Sent by the expiry sweep when an order waiting for its prescription is cancelled. */
export const prescriptionHoldExpired = defineTemplate<PrescriptionHoldExpiredPayload>({
  subject: (p) => `Your order ${p.orderNumber} was cancelled: no prescription in time`,
  text: (p) =>
    `Namaste ${p.name},\n\nYour order ${p.orderNumber} was cancelled.\n${reasonLine(p)}\n\n${moneyLine(p)}\n\nYou are welcome to order again with a clear photo of a valid prescription.`,
  html: (p) =>
    emailLayout(
      'Order cancelled: no prescription in time',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Your order <strong>${escapeHtml(p.orderNumber)}</strong> was cancelled.</p>
<p>${escapeHtml(reasonLine(p))}</p>
<p>${escapeHtml(moneyLine(p))}</p>
<p>You are welcome to order again with a clear photo of a valid prescription.</p>`,
    ),
});
