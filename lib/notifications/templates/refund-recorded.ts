import { formatPaisa } from '@/lib/money';
import { defineTemplate } from './types';

export type RefundRecordedPayload = { name: string; orderNumber: string; amountPaisa: number; provider: string; reference: string; url: string };

export const refundRecorded = defineTemplate<RefundRecordedPayload>({
  compose: (p, { t, common, locale }) => ({
    subject: t('subject', { number: p.orderNumber }),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('body', { amount: formatPaisa(p.amountPaisa, { locale }), number: p.orderNumber, wallet: p.provider, reference: p.reference }),
      { links: [{ href: p.url, label: common('seeOrder') }] },
    ],
  }),
});
