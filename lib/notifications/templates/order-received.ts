import { formatPaisa } from '@/lib/money';
import { defineTemplate } from './types';

export type OrderReceivedPayload = {
  name: string;
  orderNumber: string;
  status: string;
  paymentMethod: 'esewa' | 'khalti' | 'cod';
  totalPaisa: number;
  lines: { name: string; quantity: number; lineTotalPaisa: number }[];
};

/** What happens next, by the state the order was placed in. */
function nextStep(p: OrderReceivedPayload): 'pay' | 'prescription' | 'cod' {
  if (p.status === 'pending_payment') return 'pay';
  if (p.status === 'awaiting_prescription') return 'prescription';
  return 'cod';
}

export const orderReceived = defineTemplate<OrderReceivedPayload>({
  compose: (p, { t, common, locale }) => ({
    subject: t('subject', { number: p.orderNumber }),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('thanks', { number: p.orderNumber }),
      { list: p.lines.map((l) => t('line', { quantity: l.quantity, name: l.name, amount: formatPaisa(l.lineTotalPaisa, { locale }) })) },
      t('total', { amount: formatPaisa(p.totalPaisa, { locale }) }),
      t(`next.${nextStep(p)}`, { wallet: p.paymentMethod === 'khalti' ? 'Khalti' : 'eSewa' }),
    ],
  }),
});
