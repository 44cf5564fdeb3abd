import { orderCancelled } from './order-cancelled';
import { orderDelivered } from './order-delivered';
import { orderDispatched } from './order-dispatched';
import { orderReceived } from './order-received';
import { passwordReset } from './password-reset';
import { paymentReceived } from './payment-received';
import { prescriptionApproved } from './prescription-approved';
import { prescriptionHoldExpired } from './prescription-hold-expired';
import { prescriptionRejected } from './prescription-rejected';
import { refillDue } from './refill-due';
import { refundRecorded } from './refund-recorded';
import { registrationAttempt } from './registration-attempt';
import { staffEnrolmentLink } from './staff-enrolment-link';
import { translatorFor } from '@/lib/i18n/translator';
import type { MessageLocale } from '../locale';
import { renderEmail, type RenderedEmail } from './render';
import type { EmailTemplate } from './types';
import { verifyEmail } from './verify-email';
import { webhookDisabled } from './webhook-disabled';
import { welcome } from './welcome';

/** Every email the app can send. Add a template file and one line here. */
export const templates = {
  'password-reset': passwordReset,
  welcome,
  'verify-email': verifyEmail,
  'registration-attempt': registrationAttempt,
  'order-received': orderReceived,
  'order-cancelled': orderCancelled,
  'order-dispatched': orderDispatched,
  'order-delivered': orderDelivered,
  'prescription-approved': prescriptionApproved,
  'prescription-rejected': prescriptionRejected,
  'prescription-hold-expired': prescriptionHoldExpired,
  'payment-received': paymentReceived,
  'refund-recorded': refundRecorded,
  'refill-due': refillDue,
  'staff-enrolment-link': staffEnrolmentLink,
  'webhook-disabled': webhookDisabled,
} as const;

export type TemplateName = keyof typeof templates;
export type PayloadOf<N extends TemplateName> = (typeof templates)[N] extends EmailTemplate<infer P> ? P : never;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

/** Renders a stored outbox row in its reader's language; the payload was typed when it was enqueued. */
export function renderTemplate(name: TemplateName, payload: unknown, locale: MessageLocale = 'en'): RenderedEmail {
  const template = templates[name] as EmailTemplate<unknown>;
  return renderEmail(template.compose(payload, { t: translatorFor(locale, `email.${name}`), common: translatorFor(locale, 'email.common'), locale }), locale);
}

export const REDACTED = '[removed after sending]';

/** The payload as kept once sent: links that grant access are not left in the outbox table. */
export function redactedPayload(name: TemplateName, payload: Record<string, unknown>): Record<string, unknown> {
  const secret = (templates[name] as EmailTemplate<unknown>).secretFields ?? [];
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, secret.includes(key as never) ? REDACTED : value]));
}
