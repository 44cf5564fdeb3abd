import { formatDay } from '@/lib/nepal-time';
import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type PrescriptionApprovedPayload = {
  name: string;
  validUntil: string;
  medicines: { name: string; quantity: number }[];
  message: string | null;
  url: string;
};

export const prescriptionApproved = defineTemplate<PrescriptionApprovedPayload>({
  subject: () => 'Your prescription is approved',
  text: (p) =>
    `Namaste ${p.name},\n\nOur pharmacist approved your prescription. It is valid until ${formatDay(p.validUntil)} and covers:\n${p.medicines
      .map((m) => `- ${m.name} × ${m.quantity}`)
      .join('\n')}\n${p.message ? `\nMessage from the pharmacist: ${p.message}\n` : ''}\n${p.url}`,
  html: (p) =>
    emailLayout(
      'Your prescription is approved',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Our pharmacist approved your prescription. It is valid until ${escapeHtml(formatDay(p.validUntil))} and covers:</p>
<ul>${p.medicines.map((m) => `<li>${escapeHtml(m.name)} × ${m.quantity}</li>`).join('')}</ul>
${p.message ? `<p>Message from the pharmacist: ${escapeHtml(p.message)}</p>` : ''}
<p><a href="${escapeHtml(p.url)}">See your prescription</a></p>`,
    ),
});
