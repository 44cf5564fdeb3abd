import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type PasswordResetPayload = { name: string; resetUrl: string; expiresInMinutes: number };

export const passwordReset = defineTemplate<PasswordResetPayload>({
  subject: () => 'Reset your MediNest password',
  secretFields: ['resetUrl'],
  text: (p) =>
    `Namaste ${p.name},\n\nSomeone (hopefully you) asked to reset your MediNest password. Open this link within ${p.expiresInMinutes} minutes to choose a new one:\n\n${p.resetUrl}\n\nThe link works once. If you did not ask for this, ignore this email; your password stays the same.`,
  html: (p) =>
    emailLayout(
      'Reset your password',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Someone (hopefully you) asked to reset your MediNest password. Open this link within ${escapeHtml(p.expiresInMinutes)} minutes to choose a new one:</p>
<p><a href="${escapeHtml(p.resetUrl)}">Choose a new password</a></p>
<p>The link works once. If you did not ask for this, ignore this email; your password stays the same.</p>`,
    ),
});
