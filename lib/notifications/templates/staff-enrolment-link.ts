import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type StaffEnrolmentLinkPayload = { name: string; enrolmentUrl: string; expiresInHours: number; issuedByName: string };

/** The one-time link an admin issues so a staff member can set up two-factor (lib/auth/enrolment-links.ts). */
export const staffEnrolmentLink = defineTemplate<StaffEnrolmentLinkPayload>({
  subject: () => 'Set up two-factor sign-in for the MediNest back office',
  secretFields: ['enrolmentUrl'],
  text: (p) =>
    `Namaste ${p.name},\n\n${p.issuedByName} issued you a link to set up two-factor authentication for the MediNest back office. Open it within ${p.expiresInHours} hours, sign in with your password, and scan the code with your authenticator app:\n\n${p.enrolmentUrl}\n\nThe link works once. If you did not expect it, tell an administrator.`,
  html: (p) =>
    emailLayout(
      'Set up two-factor authentication',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>${escapeHtml(p.issuedByName)} issued you a link to set up two-factor authentication for the MediNest back office. Open it within ${escapeHtml(p.expiresInHours)} hours, sign in with your password, and scan the code with your authenticator app:</p>
<p><a href="${escapeHtml(p.enrolmentUrl)}">Set up two-factor authentication</a></p>
<p>The link works once. If you did not expect it, tell an administrator.</p>`,
    ),
});
