import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
import { defineTemplate } from './types';

export type WelcomePayload = { name: string; shopUrl: string };

export const welcome = defineTemplate<WelcomePayload>({
  subject: () => 'Welcome to MediNest',
  text: (p) =>
    `Namaste ${p.name},\n\nYour MediNest account is ready. Browse genuine medicines, upload prescriptions and pay with eSewa, Khalti or cash on delivery:\n\n${p.shopUrl}`,
  html: (p) =>
    emailLayout(
      'Welcome to MediNest',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Your MediNest account is ready. Browse genuine medicines, upload prescriptions and pay with eSewa, Khalti or cash on delivery.</p>
<p><a href="${escapeHtml(p.shopUrl)}">Start shopping</a></p>`,
    ),
});
