import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type OrderDeliveredPayload = { name: string; orderNumber: string; url: string };

export const orderDelivered = defineTemplate<OrderDeliveredPayload>({
  subject: (p) => `Your order ${p.orderNumber} was delivered`,
  text: (p) => `Namaste ${p.name},\n\nYour order ${p.orderNumber} was delivered. Thank you for shopping with MediNest.\n\n${p.url}`,
  html: (p) =>
    emailLayout(
      'Order delivered',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Your order <strong>${escapeHtml(p.orderNumber)}</strong> was delivered. Thank you for shopping with MediNest.</p>
<p><a href="${escapeHtml(p.url)}">See your order</a></p>`,
    ),
});
