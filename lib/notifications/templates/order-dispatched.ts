import { translateErrorMessage } from '@/lib/i18n/error-messages';
import { formatPaisa } from '@/lib/money';
import { defineTemplate } from './types';

export type OrderDispatchedPayload = {
  name: string;
  orderNumber: string;
  totalPaisa: number;
  reason: string | null;
  refundDue: boolean;
  /** Given by staff when they dispatch (older outbox rows have neither). */
  courier?: string | null;
  trackingNote?: string | null;
};

export const orderDispatched = defineTemplate<OrderDispatchedPayload>({
  compose: (p, { t, common, locale }) => ({
    subject: t('subject', { number: p.orderNumber }),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('body', { number: p.orderNumber, amount: formatPaisa(p.totalPaisa, { locale }) }),
      p.courier ? t('courier', { courier: p.courier }) : null,
      p.trackingNote ? t('tracking', { note: p.trackingNote }) : null,
      // The order's note as recorded ("Sent with Pathao. …"), in the reader's language where it is the shop's own.
      p.reason ? translateErrorMessage(p.reason, locale) : null,
    ],
  }),
});
