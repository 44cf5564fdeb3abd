import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import { discountPercent } from '@/lib/money';

/** Selling price, with the MRP struck through and the discount when we sell below MRP. */
export function Price({ pricePaisa, mrpPaisa, size = 'md' }: { pricePaisa: number; mrpPaisa: number; size?: 'md' | 'lg' }) {
  const t = useTranslations('catalog.price');
  const f = formattersFor(useLocale());
  const discount = discountPercent(pricePaisa, mrpPaisa);
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      <span className={size === 'lg' ? 'text-2xl font-bold text-slate-900' : 'font-semibold text-slate-900'}>{f.paisa(pricePaisa)}</span>
      {discount > 0 ? (
        <>
          <span className="text-sm text-slate-600">
            {t('mrp')} <s>{f.paisa(mrpPaisa)}</s>
          </span>
          <span className="text-sm font-semibold text-emerald-800">{t('off', { percent: f.count(discount) })}</span>
        </>
      ) : (
        <span className="text-sm text-slate-600">{t('mrp')}</span>
      )}
    </p>
  );
}
