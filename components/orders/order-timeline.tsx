import { formatDateTime } from '@/lib/nepal-time';
import type { OrderDetail } from '@/lib/orders/queries';
import { ORDER_STATUS_LABELS, PAYMENT_STATUS_LABELS } from '@/lib/orders/status-rules';

function describe(event: OrderDetail['timeline'][number]): string {
  if (event.type === 'placed') return 'Order placed';
  if (event.type === 'payment_status_changed' && event.toPaymentStatus) return `Payment: ${PAYMENT_STATUS_LABELS[event.toPaymentStatus]}`;
  return event.toStatus ? ORDER_STATUS_LABELS[event.toStatus] : 'Updated';
}

function by(event: OrderDetail['timeline'][number]): string {
  if (event.byShopper) return 'by you';
  if (event.byStaff) return 'by the pharmacy';
  return '';
}

/** The order's history from order_events, oldest first. */
export function OrderTimeline({ events }: { events: OrderDetail['timeline'] }) {
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" aria-label="Order timeline" data-testid="order-timeline">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span className="absolute -left-[1.65rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-600" aria-hidden="true" />
          <p className="text-sm font-semibold">
            {describe(e)} <span className="font-normal text-slate-500">{by(e)}</span>
          </p>
          <p className="text-xs text-slate-500">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
          </p>
          {e.note ? <p className="mt-1 text-sm text-slate-700">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
