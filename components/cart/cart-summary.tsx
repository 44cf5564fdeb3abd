import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import type { Totals } from '@/lib/orders/totals';

/** Subtotal, delivery and total; shared by the cart and the checkout review. */
export function CartSummary({ totals, freeDeliveryFromPaisa }: { totals: Totals; freeDeliveryFromPaisa: number }) {
  const t = useTranslations('orders.totals');
  const f = formattersFor(useLocale());
  return (
    <div>
      <dl className="space-y-2 text-sm" data-testid="order-totals">
        <div className="flex justify-between">
          <dt>{t('subtotal')}</dt>
          <dd className="whitespace-nowrap">{f.paisa(totals.subtotalPaisa)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>{t('delivery')}</dt>
          <dd className="whitespace-nowrap">{totals.deliveryFeePaisa === 0 ? t('free') : f.paisa(totals.deliveryFeePaisa)}</dd>
        </div>
        <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold">
          <dt>{t('total')}</dt>
          <dd data-testid="order-total" className="whitespace-nowrap">{f.paisa(totals.totalPaisa)}</dd>
        </div>
      </dl>
      {totals.freeDeliveryShortfallPaisa > 0 ? (
        <p className="mt-2 text-xs text-slate-600">
          {t('freeDeliveryHint', { shortfall: f.paisa(totals.freeDeliveryShortfallPaisa), threshold: f.paisa(freeDeliveryFromPaisa) })}
        </p>
      ) : null}
    </div>
  );
}
