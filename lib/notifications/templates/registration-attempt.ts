import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

/** Sent instead of a second account, so the registration page can answer the same for every address. */
export type RegistrationAttemptPayload = { name: string; signInUrl: string; resetUrl: string };

export const registrationAttempt = defineTemplate<RegistrationAttemptPayload>({
  subject: () => 'Someone tried to register with your email',
  text: (p) =>
    `Namaste ${p.name},\n\nSomeone (perhaps you) tried to create a new MediNest account with this email address. You already have an account, so nothing was created.\n\nSign in: ${p.signInUrl}\nForgot your password? Reset it: ${p.resetUrl}\n\nIf this was not you, you can ignore this email; your account is unchanged.`,
  html: (p) =>
    emailLayout(
      'You already have an account',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Someone (perhaps you) tried to create a new MediNest account with this email address. You already have an account, so nothing was created.</p>
<p><a href="${escapeHtml(p.signInUrl)}">Sign in</a> · <a href="${escapeHtml(p.resetUrl)}">Reset your password</a></p>
<p>If this was not you, you can ignore this email; your account is unchanged.</p>`,
    ),
});
