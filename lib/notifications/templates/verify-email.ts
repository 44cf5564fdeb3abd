import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type VerifyEmailPayload = { name: string; verifyUrl: string; expiresInHours: number };

export const verifyEmail = defineTemplate<VerifyEmailPayload>({
  subject: () => 'Confirm your email for MediNest',
  secretFields: ['verifyUrl'],
  text: (p) =>
    `Namaste ${p.name},\n\nPlease confirm that this is your email address. Open this link within ${p.expiresInHours} hours, then sign in:\n\n${p.verifyUrl}\n\nYou can browse and fill your cart now; placing an order needs a confirmed email. If you did not create a MediNest account, ignore this email.`,
  html: (p) =>
    emailLayout(
      'Confirm your email',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Please confirm that this is your email address. Open this link within ${escapeHtml(p.expiresInHours)} hours, then sign in:</p>
<p><a href="${escapeHtml(p.verifyUrl)}">Confirm my email</a></p>
<p>You can browse and fill your cart now; placing an order needs a confirmed email. If you did not create a MediNest account, ignore this email.</p>`,
    ),
});
