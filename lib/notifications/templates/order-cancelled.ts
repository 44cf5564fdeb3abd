import { translateErrorMessage } from '@/lib/i18n/error-messages';
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
      // The shop's own reasons (an expiry, a refused prescription) are English as recorded; staff's pass through.
      p.reason ? t('reason', { reason: translateErrorMessage(p.reason, locale) }) : null,
      p.refundDue ? common('refundDue', { amount: formatPaisa(p.totalPaisa, { locale }) }) : common('notCharged'),
    ],
  }),
});
