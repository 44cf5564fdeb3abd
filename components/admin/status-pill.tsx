import { useTranslations } from 'next-intl';
import type { OrderStatus, PaymentStatus } from '@/db/schema/orders';

const STATUS_STYLE: Record<OrderStatus, string> = {
  pending_payment: 'bg-amber-50 text-amber-900',
  awaiting_prescription: 'bg-violet-50 text-violet-900',
  confirmed: 'bg-sky-50 text-sky-900',
  packed: 'bg-indigo-50 text-indigo-900',
  dispatched: 'bg-blue-50 text-blue-900',
  delivered: 'bg-brand-50 text-brand-800',
  cancelled: 'bg-slate-100 text-slate-700',
};

const PAYMENT_STYLE: Record<PaymentStatus, string> = {
  unpaid: 'bg-amber-50 text-amber-900',
  paid: 'bg-brand-50 text-brand-800',
  refund_due: 'bg-red-50 text-red-800',
  refunded: 'bg-slate-100 text-slate-700',
};

// The names are lib/orders/status-rules.ts's labels, in the reader's language (admin.status.*).
export function OrderStatusPill({ status }: { status: OrderStatus }) {
  const t = useTranslations('admin.status.order');
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`} data-testid="order-status">{t(status)}</span>;
}

export function PaymentStatusPill({ status }: { status: PaymentStatus }) {
  const t = useTranslations('admin.status.payment');
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${PAYMENT_STYLE[status]}`} data-testid="payment-status">{t(status)}</span>;
}
