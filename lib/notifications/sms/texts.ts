import { translatorFor, type Translate } from '@/lib/i18n/translator';
import { formatPaisa } from '@/lib/money';
import { formatDay } from '@/lib/nepal-time';
import { MESSAGE_LOCALES, type MessageLocale } from '../locale';
import { rejectionReasonIn } from '../rejection-reason';
import type { PayloadOf, TemplateName } from '../templates';
import { countSegments } from './segments';

/**
 * The SMS beside an email: one short line with the order number and a link, in the words of
 * messages/<locale>/notifications.json (`notifications.sms.<template>`). A template without an entry
 * here, or an entry answering null, sends no SMS (an unpaid online order waits for its payment SMS
 * instead). Amounts through lib/money, days through lib/nepal-time.
 */
type Context = { locale: MessageLocale; appUrl: string };
type Parts = { t: Translate; locale: MessageLocale; appUrl: string };
type SmsText<N extends TemplateName> = (payload: PayloadOf<N>, parts: Parts) => string | null;

/** What an SMS may cost: two parts, in GSM (306 characters) or in Unicode as Nepali goes (134). */
export const MAX_SMS_SEGMENTS = 2;

const TRANSLATORS = Object.fromEntries(MESSAGE_LOCALES.map((locale) => [locale, translatorFor(locale, 'notifications.sms')])) as Record<MessageLocale, Translate>;

const orderLink = (appUrl: string, number: string) => `${appUrl}/orders/${number}`;
// A tracking note may be long; the SMS keeps its start, the order page has the rest. Three dots,
// not '…': one character outside GSM would make the whole SMS Unicode and double its cost.
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 3)}...`);

/**
 * Free text from staff or the catalogue (a courier's note, a medicine's name) kept to its usual
 * length, and shortened further while the SMS would cost more than MAX_SMS_SEGMENTS: Nepali goes as
 * Unicode, where two SMS hold only 134 characters. The order number and the link always stay whole.
 */
function fitted(render: (clipTo: (part: string, max: number) => string) => string): string {
  const shortest = 12;
  const usual = render(clip);
  for (let shortenBy = 0; ; shortenBy += 1) {
    let canShorten = false;
    const text = render((part, max) => {
      const limit = Math.max(shortest, Math.min(max, part.length) - shortenBy);
      canShorten ||= limit > shortest;
      return clip(part, limit);
    });
    if (countSegments(text).segments <= MAX_SMS_SEGMENTS) return text;
    // Too long whatever the free text says (a long link): better the whole name than a clipped one.
    if (!canShorten) return usual;
  }
}

const SMS_TEXTS: { [N in TemplateName]?: SmsText<N> } = {
  'order-received': (p, { t, locale, appUrl }) => {
    const values = { number: p.orderNumber, total: formatPaisa(p.totalPaisa, { locale }), link: orderLink(appUrl, p.orderNumber) };
    if (p.status === 'confirmed') return t(p.paymentMethod === 'cod' ? 'order-received.confirmedCod' : 'order-received.confirmed', values);
    if (p.status === 'awaiting_prescription') return t('order-received.awaitingPrescription', values);
    return null;
  },
  'payment-received': (p, { t, locale, appUrl }) =>
    t(p.status === 'awaiting_prescription' ? 'payment-received.awaitingPrescription' : 'payment-received.confirmed', {
      number: p.orderNumber,
      amount: formatPaisa(p.amountPaisa, { locale }),
      link: orderLink(appUrl, p.orderNumber),
    }),
  // The day as the email writes it, Gregorian in both languages.
  'prescription-approved': (p, { t }) => t('prescription-approved.body', { day: formatDay(p.validUntil), link: p.url }),
  'prescription-rejected': (p, { t, locale }) => {
    const values = { reason: rejectionReasonIn(locale, p.reason), orders: p.cancelledOrders.join(', '), link: p.url };
    return t(values.orders ? 'prescription-rejected.cancelled' : 'prescription-rejected.body', values);
  },
  'order-dispatched': (p, { t, appUrl }) => {
    const link = orderLink(appUrl, p.orderNumber);
    const { courier, trackingNote } = p;
    if (!courier) return t('order-dispatched.body', { number: p.orderNumber, link });
    return fitted((clipTo) =>
      trackingNote
        ? t('order-dispatched.courierTracking', { number: p.orderNumber, courier: clipTo(courier, 40), tracking: clipTo(trackingNote, 60), link })
        : t('order-dispatched.courier', { number: p.orderNumber, courier: clipTo(courier, 40), link }),
    );
  },
  'order-delivered': (p, { t, appUrl }) => t('order-delivered.body', { number: p.orderNumber, link: orderLink(appUrl, p.orderNumber) }),
  'refund-recorded': (p, { t, locale, appUrl }) =>
    t('refund-recorded.body', { number: p.orderNumber, amount: formatPaisa(p.amountPaisa, { locale }), provider: p.provider, reference: p.reference, link: orderLink(appUrl, p.orderNumber) }),
  // The link is the one-click reorder; the day was written for the email (Gregorian with BS beside it).
  'refill-due': (p, { t }) => {
    const { patientName } = p;
    return fitted((clipTo) =>
      patientName
        ? t('refill-due.forPatient', { medicine: clipTo(p.medicine, 40), patient: clipTo(patientName, 30), day: p.runsOutOn, link: p.reorderUrl })
        : t('refill-due.body', { medicine: clipTo(p.medicine, 40), day: p.runsOutOn, link: p.reorderUrl }),
    );
  },
};

export function smsText<N extends TemplateName>(template: N, payload: PayloadOf<N>, { locale, appUrl }: Context): string | null {
  const text = SMS_TEXTS[template] as SmsText<N> | undefined;
  return text ? text(payload, { t: TRANSLATORS[locale], locale, appUrl }) : null;
}

/** The verification code SMS: always sent, whatever the shopper chose for order updates. */
export function phoneCodeText(code: string, minutes: number, locale: MessageLocale): string {
  // As strings: the code is typed back digit for digit, and the minutes read as the code does.
  return TRANSLATORS[locale]('phone-verification.body', { code, minutes: String(minutes) });
}
