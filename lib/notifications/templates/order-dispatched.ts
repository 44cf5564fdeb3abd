import { formatPaisa } from '@/lib/money';
import { escapeHtml } from '../escape-html';
import { emailLayout } from './layout';
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
  subject: (p) => `Your order ${p.orderNumber} is on the way`,
  text: (p) => `Namaste ${p.name},\n\nYour order ${p.orderNumber} (${formatPaisa(p.totalPaisa)}) has left our pharmacy and is on the way to you.${p.reason ? `\n${p.reason}` : ''}`,
  html: (p) =>
    emailLayout(
      'Order dispatched',
      `<p>Namaste ${escapeHtml(p.name)},</p>
<p>Your order <strong>${escapeHtml(p.orderNumber)}</strong> (${escapeHtml(formatPaisa(p.totalPaisa))}) has left our pharmacy and is on the way to you.</p>
${p.reason ? `<p>${escapeHtml(p.reason)}</p>` : ''}`,
    ),
});
