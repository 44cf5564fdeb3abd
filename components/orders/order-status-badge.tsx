import { useTranslations } from 'next-intl';
import type { OrderStatus, PaymentMethod, PaymentStatus } from '@/db/schema';
import { paymentMethodLabel } from './payment-method-label';

const TONE: Record<OrderStatus, string> = {
  pending_payment: 'bg-amber-50 text-amber-900 ring-amber-200',
  awaiting_prescription: 'bg-rose-50 text-rose-900 ring-rose-200',
  confirmed: 'bg-sky-50 text-sky-900 ring-sky-200',
  packed: 'bg-sky-50 text-sky-900 ring-sky-200',
  dispatched: 'bg-indigo-50 text-indigo-900 ring-indigo-200',
  delivered: 'bg-brand-50 text-brand-800 ring-brand-100',
  cancelled: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/** Labels from messages/<locale>/orders.json; lib/orders/status-rules keeps the English for other callers. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations('orders.status');
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONE[status]}`} data-testid="order-status">
      {t(status)}
    </span>
  );
}

export function PaymentStatusText({ status, method }: { status: PaymentStatus; method: PaymentMethod }) {
  const t = useTranslations('orders');
  return (
    <span>
      {paymentMethodLabel(method, t('paymentMethod.cod'))} · {t(`paymentStatus.${status}`)}
    </span>
  );
}
