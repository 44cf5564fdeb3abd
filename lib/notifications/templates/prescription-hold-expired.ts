import { formatPaisa } from '@/lib/money';
import { defineTemplate } from './types';

export type PrescriptionHoldExpiredPayload = { name: string; orderNumber: string; totalPaisa: number; refundDue: boolean; holdHours: number };

/** Sent by the expiry sweep when an order waiting for its prescription is cancelled. */
export const prescriptionHoldExpired = defineTemplate<PrescriptionHoldExpiredPayload>({
  compose: (p, { t, common, locale }) => ({
    subject: t('subject', { number: p.orderNumber }),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('body', { number: p.orderNumber }),
      t('why', { hours: p.holdHours }),
      p.refundDue ? common('refundDue', { amount: formatPaisa(p.totalPaisa, { locale }) }) : common('notCharged'),
      t('again'),
    ],
  }),
});
