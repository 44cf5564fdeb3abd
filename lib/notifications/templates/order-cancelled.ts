import { formatPaisa } from '@/lib/money';
import { defineTemplate } from './types';

export type OrderCancelledPayload = { name: string; orderNumber: string; totalPaisa: number; reason: string | null; refundDue: boolean };

export const orderCancelled = defineTemplate<OrderCancelledPayload>({
  compose: (p, { t, common, locale }) => ({
    subject: t('subject', { number: p.orderNumber }),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('body', { number: p.orderNumber }),
      p.reason ? t('reason', { reason: p.reason }) : null,
      p.refundDue ? common('refundDue', { amount: formatPaisa(p.totalPaisa, { locale }) }) : common('notCharged'),
    ],
  }),
});
