import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type RefillDuePayload = { name: string; medicine: string; patientName: string | null; runsOutOn: string; reorderUrl: string; settingsUrl: string };

export const refillDue = defineTemplate<RefillDuePayload>({
  subject: (p) => `Time to reorder ${p.medicine}`,
  text: (p) =>
    `Namaste ${p.name},\n\n${p.medicine}${p.patientName ? ` for ${p.patientName}` : ''} runs out around ${p.runsOutOn}. Reorder in one click:\n${p.reorderUrl}\n\nPause or stop these reminders: ${p.settingsUrl}`,
  html: (p) =>
    emailLayout(
      'Time to reorder',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p><strong>${escapeHtml(p.medicine)}</strong>${p.patientName ? ` for ${escapeHtml(p.patientName)}` : ''} runs out around ${escapeHtml(p.runsOutOn)}.</p>
<p><a href="${escapeHtml(p.reorderUrl)}">Reorder in one click</a></p>
<p><a href="${escapeHtml(p.settingsUrl)}">Pause or stop these reminders</a></p>`,
    ),
});
