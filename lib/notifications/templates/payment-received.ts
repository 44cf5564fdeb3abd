import { formatPaisa } from '@/lib/money';
import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type PaymentReceivedPayload = {
  name: string;
  orderNumber: string;
  amountPaisa: number;
  /** The provider's transaction code, which the shopper also sees in their wallet statement. */
  reference: string | null;
  /** Who took the money ("eSewa", "Khalti"); older outbox rows have none and were eSewa's. */
  provider?: string;
  status: 'confirmed' | 'awaiting_prescription';
};

function nextStep(p: PaymentReceivedPayload): string {
  return p.status === 'awaiting_prescription'
    ? 'A pharmacist will check your prescription before we pack your order.'
    : 'We will pack your order and let you know when it is on the way.';
}

export const paymentReceived = defineTemplate<PaymentReceivedPayload>({
  subject: (p) => `Payment received for order ${p.orderNumber}`,
  text: (p) =>
    `Namaste ${p.name},\n\nWe received your ${p.provider ?? 'eSewa'} payment of ${formatPaisa(p.amountPaisa)} for order ${p.orderNumber}${p.reference ? ` (${p.provider ?? 'eSewa'} reference ${p.reference})` : ''}.\n\n${nextStep(p)}`,
  html: (p) =>
    emailLayout(
      'Payment received',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>We received your ${escapeHtml(p.provider ?? 'eSewa')} payment of <strong>${escapeHtml(formatPaisa(p.amountPaisa))}</strong> for order <strong>${escapeHtml(p.orderNumber)}</strong>${p.reference ? ` (${escapeHtml(p.provider ?? 'eSewa')} reference ${escapeHtml(p.reference)})` : ''}.</p>
<p>${escapeHtml(nextStep(p))}</p>`,
    ),
});
