import { formatPaisa } from '@/lib/money';
import { defineTemplate } from './types';

export type PaymentReceivedPayload = {
  name: string;
  orderNumber: string;
  amountPaisa: number;
  /** The provider's transaction code, which the shopper also sees in their wallet statement. */
  reference: string | null;
  /** Who took the money ("eSewa", "Khalti"); older outbox rows have none and were eSewa's. */
  provider?: string;
  status: 'confirmed' | 'awaiting_prescription';
};

export const paymentReceived = defineTemplate<PaymentReceivedPayload>({
  compose: (p, { t, common, locale }) => {
    const wallet = p.provider ?? 'eSewa';
    return {
      subject: t('subject', { number: p.orderNumber }),
      heading: t('heading'),
      blocks: [
        common('greeting', { name: p.name }),
        t('body', { wallet, amount: formatPaisa(p.amountPaisa, { locale }), number: p.orderNumber }),
        p.reference ? t('reference', { wallet, reference: p.reference }) : null,
        t(p.status === 'awaiting_prescription' ? 'next.prescription' : 'next.pack'),
      ],
    };
  },
});
