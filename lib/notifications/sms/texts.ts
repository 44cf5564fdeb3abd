import { formatPaisa } from '@/lib/money';
import { formatDay } from '@/lib/nepal-time';
import type { MessageLocale } from '../locale';
import type { PayloadOf, TemplateName } from '../templates';

/**
 * The SMS beside an email: one short line with the order number and a link, in English or Nepali.
 * A template without an entry here, or an entry answering null, sends no SMS (an unpaid online
 * order waits for its payment SMS instead). Amounts through lib/money, days through lib/nepal-time.
 */
type Context = { locale: MessageLocale; appUrl: string };
type SmsText<N extends TemplateName> = (payload: PayloadOf<N>, context: Context) => string | null;

const orderLink = (appUrl: string, number: string) => `${appUrl}/orders/${number}`;
// A tracking note may be long; the SMS keeps its start, the order page has the rest. Three dots,
// not '…': one character outside GSM would make the whole SMS Unicode and double its cost.
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 3)}...`);

const SMS_TEXTS: { [N in TemplateName]?: SmsText<N> } = {
  'order-received': (p, { locale, appUrl }) => {
    const link = orderLink(appUrl, p.orderNumber);
    const total = formatPaisa(p.totalPaisa, { locale });
    if (p.status === 'confirmed') {
      const cod = p.paymentMethod === 'cod';
      return locale === 'ne'
        ? `MediNest: अर्डर ${p.orderNumber} पुष्टि भयो (${total}${cod ? ', डेलिभरीमा नगद' : ''})। ${link}`
        : `MediNest: Order ${p.orderNumber} confirmed (${total}${cod ? ', cash on delivery' : ''}). ${link}`;
    }
    if (p.status === 'awaiting_prescription') {
      return locale === 'ne'
        ? `MediNest: अर्डर ${p.orderNumber} प्राप्त भयो। फार्मासिस्टले प्रेस्क्रिप्सन जाँचेपछि प्याक हुनेछ। ${link}`
        : `MediNest: Order ${p.orderNumber} received. A pharmacist will check your prescription before we pack it. ${link}`;
    }
    return null;
  },
  'payment-received': (p, { locale, appUrl }) => {
    const link = orderLink(appUrl, p.orderNumber);
    const amount = formatPaisa(p.amountPaisa, { locale });
    const waiting = p.status === 'awaiting_prescription';
    return locale === 'ne'
      ? `MediNest: अर्डर ${p.orderNumber} को ${amount} भुक्तानी प्राप्त भयो। ${waiting ? 'प्रेस्क्रिप्सन जाँच बाँकी।' : 'अर्डर पुष्टि भयो।'} ${link}`
      : `MediNest: Payment of ${amount} received for order ${p.orderNumber}. ${waiting ? 'Waiting for the prescription check.' : 'Order confirmed.'} ${link}`;
  },
  'prescription-approved': (p, { locale }) =>
    locale === 'ne'
      ? `MediNest: तपाईंको प्रेस्क्रिप्सन स्वीकृत भयो, ${formatDay(p.validUntil)} सम्म मान्य। ${p.url}`
      : `MediNest: Your prescription is approved, valid until ${formatDay(p.validUntil)}. ${p.url}`,
  'prescription-rejected': (p, { locale }) => {
    const orders = p.cancelledOrders.join(', ');
    return locale === 'ne'
      ? `MediNest: प्रेस्क्रिप्सन स्वीकार गर्न सकिएन (${p.reason})।${orders ? ` अर्डर ${orders} रद्द भयो।` : ''} ${p.url}`
      : `MediNest: Your prescription was not accepted (${p.reason}).${orders ? ` Order ${orders} cancelled.` : ''} ${p.url}`;
  },
  'order-dispatched': (p, { locale, appUrl }) => {
    const link = orderLink(appUrl, p.orderNumber);
    const tracking = p.trackingNote ? ` ${clip(p.trackingNote, 60)}` : '';
    if (!p.courier) {
      return locale === 'ne' ? `MediNest: अर्डर ${p.orderNumber} पठाइयो। ${link}` : `MediNest: Order ${p.orderNumber} is on the way. ${link}`;
    }
    const courier = clip(p.courier, 40);
    return locale === 'ne'
      ? `MediNest: अर्डर ${p.orderNumber} ${courier} मार्फत पठाइयो।${tracking} ${link}`
      : `MediNest: Order ${p.orderNumber} is on the way with ${courier}.${tracking} ${link}`;
  },
  'order-delivered': (p, { locale, appUrl }) =>
    locale === 'ne'
      ? `MediNest: अर्डर ${p.orderNumber} डेलिभर भयो। धन्यवाद! ${orderLink(appUrl, p.orderNumber)}`
      : `MediNest: Order ${p.orderNumber} delivered. Thank you! ${orderLink(appUrl, p.orderNumber)}`,
  'refund-recorded': (p, { locale, appUrl }) =>
    locale === 'ne'
      ? `MediNest: अर्डर ${p.orderNumber} को ${formatPaisa(p.amountPaisa, { locale })} ${p.provider} मार्फत फिर्ता गरियो (ref ${p.reference})। ${orderLink(appUrl, p.orderNumber)}`
      : `MediNest: Refund of ${formatPaisa(p.amountPaisa)} for order ${p.orderNumber} sent through ${p.provider} (ref ${p.reference}). ${orderLink(appUrl, p.orderNumber)}`,
  // The link is the one-click reorder; the day was written for the email (Gregorian with BS beside it).
  'refill-due': (p, { locale }) => {
    const medicine = clip(p.medicine, 40);
    const patient = p.patientName ? clip(p.patientName, 30) : null;
    return locale === 'ne'
      ? `MediNest: ${patient ? `${patient}को ` : ''}${medicine} ${p.runsOutOn} मा सकिन्छ। फेरि अर्डर: ${p.reorderUrl}`
      : `MediNest: ${medicine}${patient ? ` for ${patient}` : ''} runs out on ${p.runsOutOn}. Reorder: ${p.reorderUrl}`;
  },
};

export function smsText<N extends TemplateName>(template: N, payload: PayloadOf<N>, context: Context): string | null {
  const text = SMS_TEXTS[template] as SmsText<N> | undefined;
  return text ? text(payload, context) : null;
}

/** The verification code SMS: always sent, whatever the shopper chose for order updates. */
export function phoneCodeText(code: string, minutes: number, locale: MessageLocale): string {
  return locale === 'ne'
    ? `MediNest: तपाईंको कोड ${code} हो। ${minutes} मिनेटमा म्याद सकिन्छ। कसैलाई नभन्नुहोस्।`
    : `MediNest: your code is ${code}. It expires in ${minutes} minutes. Never share it.`;
}
