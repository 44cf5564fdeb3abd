import { formatPaisa } from '@/lib/money';
import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type OrderReceivedPayload = {
  name: string;
  orderNumber: string;
  status: string;
  paymentMethod: 'esewa' | 'khalti' | 'cod';
  totalPaisa: number;
  lines: { name: string; quantity: number; lineTotalPaisa: number }[];
};

function nextStep(p: OrderReceivedPayload): string {
  if (p.status === 'pending_payment') return `Complete your ${p.paymentMethod === 'khalti' ? 'Khalti' : 'eSewa'} payment to confirm it.`;
  if (p.status === 'awaiting_prescription') return 'A pharmacist will check your prescription before we pack it.';
  return 'We will pack it and let you know when it is on the way. Pay in cash on delivery.';
}

export const orderReceived = defineTemplate<OrderReceivedPayload>({
  subject: (p) => `We received your order ${p.orderNumber}`,
  text: (p) =>
    `Namaste ${p.name},\n\nThank you for your order ${p.orderNumber}.\n\n${p.lines
      .map((l) => `${l.quantity} × ${l.name}  ${formatPaisa(l.lineTotalPaisa)}`)
      .join('\n')}\n\nTotal: ${formatPaisa(p.totalPaisa)}\n\n${nextStep(p)}`,
  html: (p) =>
    emailLayout(
      'Order received',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Thank you for your order <strong>${escapeHtml(p.orderNumber)}</strong>.</p>
<ul>${p.lines.map((l) => `<li>${escapeHtml(l.quantity)} × ${escapeHtml(l.name)} — ${escapeHtml(formatPaisa(l.lineTotalPaisa))}</li>`).join('')}</ul>
<p>Total: <strong>${escapeHtml(formatPaisa(p.totalPaisa))}</strong></p>
<p>${escapeHtml(nextStep(p))}</p>`,
    ),
});
