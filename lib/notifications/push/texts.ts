import { formatPaisa } from '@/lib/money';
import { formatDay } from '@/lib/nepal-time';
import type { MessageLocale } from '../locale';
import type { OrderUpdateTemplate } from '../notify-shopper';
import type { PayloadOf } from '../templates';

/**
 * The push notification beside an email: a title, one line, and the shop page a click opens, in
 * English or Nepali like the SMS. An entry answering null sends no push (an unpaid online order
 * waits for its payment). Amounts through lib/money, days through lib/nepal-time.
 */
export type PushText = { title: string; body: string; url: string };
type Context = { locale: MessageLocale; appUrl: string };
type PushTextOf<N extends OrderUpdateTemplate> = (payload: PayloadOf<N>, context: Context) => PushText | null;

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
  'order-received': (p, { locale }) => {
    const total = formatPaisa(p.totalPaisa, { locale });
    if (p.status === 'confirmed') {
      return locale === 'ne'
        ? { title: `अर्डर ${p.orderNumber} पुष्टि भयो`, body: `${total}${p.paymentMethod === 'cod' ? ', डेलिभरीमा नगद' : ''}। हामी तपाईंको औषधि प्याक गर्दैछौं।`, url: orderPath(p.orderNumber) }
        : { title: `Order ${p.orderNumber} confirmed`, body: `${total}${p.paymentMethod === 'cod' ? ', cash on delivery' : ''}. We are packing your medicines.`, url: orderPath(p.orderNumber) };
    }
    if (p.status === 'awaiting_prescription') {
      return locale === 'ne'
        ? { title: `अर्डर ${p.orderNumber} प्राप्त भयो`, body: 'फार्मासिस्टले प्रेस्क्रिप्सन जाँचेपछि प्याक हुनेछ।', url: orderPath(p.orderNumber) }
        : { title: `Order ${p.orderNumber} received`, body: 'A pharmacist will check your prescription before we pack it.', url: orderPath(p.orderNumber) };
    }
    return null;
  },
  'payment-received': (p, { locale }) => {
    const amount = formatPaisa(p.amountPaisa, { locale });
    const waiting = p.status === 'awaiting_prescription';
    return locale === 'ne'
      ? { title: `${amount} भुक्तानी प्राप्त भयो`, body: `अर्डर ${p.orderNumber}: ${waiting ? 'प्रेस्क्रिप्सन जाँच बाँकी।' : 'अर्डर पुष्टि भयो।'}`, url: orderPath(p.orderNumber) }
      : { title: `Payment of ${amount} received`, body: `Order ${p.orderNumber}: ${waiting ? 'waiting for the prescription check.' : 'order confirmed.'}`, url: orderPath(p.orderNumber) };
  },
  'prescription-approved': (p, { locale, appUrl }) =>
    locale === 'ne'
      ? { title: 'प्रेस्क्रिप्सन स्वीकृत भयो', body: `${formatDay(p.validUntil)} सम्म मान्य।`, url: pathOf(p.url, appUrl) }
      : { title: 'Prescription approved', body: `Valid until ${formatDay(p.validUntil)}.`, url: pathOf(p.url, appUrl) },
  'prescription-rejected': (p, { locale, appUrl }) => {
    const orders = p.cancelledOrders.join(', ');
    return locale === 'ne'
      ? { title: 'प्रेस्क्रिप्सन स्वीकार गर्न सकिएन', body: `${p.reason}।${orders ? ` अर्डर ${orders} रद्द भयो।` : ''} ${p.detail}`.trim(), url: pathOf(p.url, appUrl) }
      : { title: 'Prescription not accepted', body: `${sentence(p.reason)}.${orders ? ` Order ${orders} cancelled.` : ''} ${p.detail}`.trim(), url: pathOf(p.url, appUrl) };
  },
  'prescription-hold-expired': (p, { locale }) =>
    locale === 'ne'
      ? { title: `अर्डर ${p.orderNumber} रद्द भयो`, body: `${p.holdHours} घण्टाभित्र स्वीकृत प्रेस्क्रिप्सन आएन।`, url: orderPath(p.orderNumber) }
      : { title: `Order ${p.orderNumber} cancelled`, body: `No approved prescription arrived within ${p.holdHours} hours.`, url: orderPath(p.orderNumber) },
  'order-cancelled': (p, { locale }) =>
    locale === 'ne'
      ? { title: `अर्डर ${p.orderNumber} रद्द भयो`, body: p.refundDue ? 'तपाईंको भुक्तानी फिर्ता गरिनेछ।' : 'तपाईंबाट कुनै रकम लिइएको छैन।', url: orderPath(p.orderNumber) }
      : { title: `Order ${p.orderNumber} cancelled`, body: p.refundDue ? 'Your payment will be refunded.' : 'You have not been charged.', url: orderPath(p.orderNumber) },
  'order-dispatched': (p, { locale }) => {
    const courier = p.courier ? clip(p.courier, 40) : null;
    const tracking = p.trackingNote ? ` ${clip(p.trackingNote, 80)}` : '';
    return locale === 'ne'
      ? { title: `अर्डर ${p.orderNumber} पठाइयो`, body: `${courier ? `${courier} मार्फत आउँदैछ।` : 'तपाईंको औषधि आउँदैछ।'}${tracking}`, url: orderPath(p.orderNumber) }
      : { title: `Order ${p.orderNumber} is on the way`, body: `${courier ? `With ${courier}.` : 'Your medicines are on their way.'}${tracking}`, url: orderPath(p.orderNumber) };
  },
  'order-delivered': (p, { locale }) =>
    locale === 'ne'
      ? { title: `अर्डर ${p.orderNumber} डेलिभर भयो`, body: 'धन्यवाद!', url: orderPath(p.orderNumber) }
      : { title: `Order ${p.orderNumber} delivered`, body: 'Thank you!', url: orderPath(p.orderNumber) },
  'refund-recorded': (p, { locale }) => {
    const amount = formatPaisa(p.amountPaisa, { locale });
    return locale === 'ne'
      ? { title: `${amount} फिर्ता गरियो`, body: `अर्डर ${p.orderNumber}, ${p.provider} मार्फत (ref ${p.reference})।`, url: orderPath(p.orderNumber) }
      : { title: `Refund of ${amount} sent`, body: `Order ${p.orderNumber}, through ${p.provider} (ref ${p.reference}).`, url: orderPath(p.orderNumber) };
  },
  'refill-due': (p, { locale, appUrl }) => {
    const url = pathOf(p.reorderUrl, appUrl);
    return locale === 'ne'
      ? { title: `${p.medicine} फेरि अर्डर गर्ने बेला भयो`, body: `${p.patientName ? `${p.patientName}को ` : ''}औषधि ${p.runsOutOn} मा सकिन्छ। एक थिचाइमा फेरि अर्डर गर्नुहोस्।`, url }
      : { title: `Time to reorder ${p.medicine}`, body: `${p.patientName ? `${p.patientName}'s supply` : 'Your supply'} runs out on ${p.runsOutOn}. Reorder in one tap.`, url };
  },
};

export function pushText<N extends OrderUpdateTemplate>(template: N, payload: PayloadOf<N>, context: Context): PushText | null {
  const text = (PUSH_TEXTS[template] as PushTextOf<N>)(payload, context);
  return text ? { title: clip(text.title, TITLE_MAX), body: clip(text.body, BODY_MAX), url: text.url } : null;
}
