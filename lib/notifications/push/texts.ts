import { translatorFor, type Translate } from '@/lib/i18n/translator';
import { formatPaisa } from '@/lib/money';
import { formatDay } from '@/lib/nepal-time';
import { MESSAGE_LOCALES, type MessageLocale } from '../locale';
import type { OrderUpdateTemplate } from '../notify-shopper';
import { rejectionReasonIn } from '../rejection-reason';
import type { PayloadOf } from '../templates';

/**
 * The push notification beside an email: a title, one line, and the shop page a click opens, in the
 * words of messages/<locale>/notifications.json (`notifications.push.<template>`) like the SMS. An
 * entry answering null sends no push (an unpaid online order waits for its payment). Amounts through
 * lib/money, days through lib/nepal-time.
 */
export type PushText = { title: string; body: string; url: string };
type Context = { locale: MessageLocale; appUrl: string };
type Parts = { t: Translate; locale: MessageLocale; appUrl: string };
type PushTextOf<N extends OrderUpdateTemplate> = (payload: PayloadOf<N>, parts: Parts) => PushText | null;

const TRANSLATORS = Object.fromEntries(MESSAGE_LOCALES.map((locale) => [locale, translatorFor(locale, 'notifications.push')])) as Record<MessageLocale, Translate>;

// The limits of what the service worker shows; the encrypted message must stay under 4 KB.
const TITLE_MAX = 80;
const BODY_MAX = 300;
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const orderPath = (number: string) => `/orders/${number}`;
// The rejection reason comes lower-case, to sit inside the email's sentence.
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** A link the email carries, as a path on the shop; anything else opens the orders list. */
function pathOf(url: string, appUrl: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(appUrl).origin ? `${parsed.pathname}${parsed.search}` : '/orders';
  } catch {
    return '/orders';
  }
}

const PUSH_TEXTS: { [N in OrderUpdateTemplate]: PushTextOf<N> } = {
  'order-received': (p, { t, locale }) => {
    const values = { number: p.orderNumber, total: formatPaisa(p.totalPaisa, { locale }) };
    const url = orderPath(p.orderNumber);
    if (p.status === 'confirmed') {
      return { title: t('order-received.confirmed.title', values), body: t(p.paymentMethod === 'cod' ? 'order-received.confirmed.bodyCod' : 'order-received.confirmed.body', values), url };
    }
    if (p.status === 'awaiting_prescription') {
      return { title: t('order-received.awaitingPrescription.title', values), body: t('order-received.awaitingPrescription.body'), url };
    }
    return null;
  },
  'payment-received': (p, { t, locale }) => ({
    title: t('payment-received.title', { amount: formatPaisa(p.amountPaisa, { locale }) }),
    body: t(p.status === 'awaiting_prescription' ? 'payment-received.awaitingPrescription' : 'payment-received.confirmed', { number: p.orderNumber }),
    url: orderPath(p.orderNumber),
  }),
  'prescription-approved': (p, { t, appUrl }) => ({
    title: t('prescription-approved.title'),
    body: t('prescription-approved.body', { day: formatDay(p.validUntil) }),
    url: pathOf(p.url, appUrl),
  }),
  'prescription-rejected': (p, { t, locale, appUrl }) => {
    // English starts the sentence with the reason; Nepali has no capitals.
    const values = { reason: locale === 'en' ? sentence(p.reason) : rejectionReasonIn(locale, p.reason), orders: p.cancelledOrders.join(', '), detail: p.detail };
    return {
      title: t('prescription-rejected.title'),
      body: t(values.orders ? 'prescription-rejected.cancelled' : 'prescription-rejected.body', values).trim(),
      url: pathOf(p.url, appUrl),
    };
  },
  'prescription-hold-expired': (p, { t }) => ({
    title: t('prescription-hold-expired.title', { number: p.orderNumber }),
    body: t('prescription-hold-expired.body', { hours: String(p.holdHours) }),
    url: orderPath(p.orderNumber),
  }),
  'order-cancelled': (p, { t }) => ({
    title: t('order-cancelled.title', { number: p.orderNumber }),
    body: t(p.refundDue ? 'order-cancelled.refundDue' : 'order-cancelled.notCharged'),
    url: orderPath(p.orderNumber),
  }),
  'order-dispatched': (p, { t }) => {
    // The note follows the sentence after a space, or nothing at all.
    const tracking = p.trackingNote ? ` ${clip(p.trackingNote, 80)}` : '';
    return {
      title: t('order-dispatched.title', { number: p.orderNumber }),
      body: p.courier ? t('order-dispatched.courier', { courier: clip(p.courier, 40), tracking }) : t('order-dispatched.noCourier', { tracking }),
      url: orderPath(p.orderNumber),
    };
  },
  'order-delivered': (p, { t }) => ({ title: t('order-delivered.title', { number: p.orderNumber }), body: t('order-delivered.body'), url: orderPath(p.orderNumber) }),
  'refund-recorded': (p, { t, locale }) => ({
    title: t('refund-recorded.title', { amount: formatPaisa(p.amountPaisa, { locale }) }),
    body: t('refund-recorded.body', { number: p.orderNumber, provider: p.provider, reference: p.reference }),
    url: orderPath(p.orderNumber),
  }),
  'refill-due': (p, { t, appUrl }) => ({
    title: t('refill-due.title', { medicine: p.medicine }),
    body: p.patientName ? t('refill-due.forPatient', { patient: p.patientName, day: p.runsOutOn }) : t('refill-due.body', { day: p.runsOutOn }),
    url: pathOf(p.reorderUrl, appUrl),
  }),
};

export function pushText<N extends OrderUpdateTemplate>(template: N, payload: PayloadOf<N>, { locale, appUrl }: Context): PushText | null {
  const text = (PUSH_TEXTS[template] as PushTextOf<N>)(payload, { t: TRANSLATORS[locale], locale, appUrl });
  return text ? { title: clip(text.title, TITLE_MAX), body: clip(text.body, BODY_MAX), url: text.url } : null;
}
