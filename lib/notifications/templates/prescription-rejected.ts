import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type PrescriptionRejectedPayload = {
  name: string;
  reason: string;
  detail: string;
  cancelledOrders: string[];
  url: string;
};

export const prescriptionRejected = defineTemplate<PrescriptionRejectedPayload>({
  subject: () => 'We could not accept your prescription',
  text: (p) =>
    `Namaste ${p.name},\n\nOur pharmacist could not accept your prescription: ${p.reason}.\n${p.detail}\n${
      p.cancelledOrders.length > 0 ? `\nThese orders were cancelled: ${p.cancelledOrders.join(', ')}. Any payment will be refunded.\n` : ''
    }\nYou can upload a new prescription here: ${p.url}`,
  html: (p) =>
    emailLayout(
      'We could not accept your prescription',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Our pharmacist could not accept your prescription: ${escapeHtml(p.reason)}.</p>
<p>${escapeHtml(p.detail)}</p>
${p.cancelledOrders.length > 0 ? `<p>These orders were cancelled: ${escapeHtml(p.cancelledOrders.join(', '))}. Any payment will be refunded.</p>` : ''}
<p><a href="${escapeHtml(p.url)}">Upload a new prescription</a></p>`,
    ),
});
