import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import type { OrderDetail } from '@/lib/orders/queries';

type TimelineEvent = OrderDetail['timeline'][number];
type Translate = ReturnType<typeof useTranslations<'orders'>>;

function describe(event: TimelineEvent, t: Translate): string {
  if (event.type === 'placed') return t('timeline.placed');
  if (event.type === 'payment_status_changed' && event.toPaymentStatus) return t('timeline.payment', { status: t(`paymentStatus.${event.toPaymentStatus}`) });
  return event.toStatus ? t(`status.${event.toStatus}`) : t('timeline.updated');
}

function by(event: TimelineEvent, t: Translate): string {
  if (event.byShopper) return t('timeline.byYou');
  if (event.byStaff) return t('timeline.byPharmacy');
  return '';
}

/** The order's history from order_events, oldest first. */
export function OrderTimeline({ events }: { events: OrderDetail['timeline'] }) {
  const t = useTranslations('orders');
  const f = formattersFor(useLocale());
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" aria-label={t('timeline.label')} data-testid="order-timeline">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span className="absolute -left-[1.65rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-600" aria-hidden="true" />
          <p className="text-sm font-semibold">
            {describe(e, t)} <span className="font-normal text-slate-500">{by(e, t)}</span>
          </p>
          <p className="text-xs text-slate-500">
            <time dateTime={e.at.toISOString()}>{f.dateTime(e.at)}</time>
          </p>
          {e.note ? <p className="mt-1 text-sm text-slate-700">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
