import { useLocale, useTranslations } from 'next-intl';
import { packSizeLabel } from '@/lib/catalog/pack-words';
import type { Alternative } from '@/lib/catalog/types';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { Price } from './price';
import { StockBadge } from './stock-badge';

/** Same generic and strength from other makers, cheapest first, with what the shopper would save. */
export function Alternatives({ alternatives, genericName, strength, packQuantity }: { alternatives: Alternative[]; genericName: string; strength: string; packQuantity: string }) {
  const t = useTranslations('catalog.alternatives');
  const locale = useLocale();
  const f = formattersFor(locale);
  return (
    <section aria-labelledby="alternatives-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="alternatives-heading" className="text-lg font-semibold">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('intro', { generic: genericName, strength })}</p>
      {alternatives.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t('none')}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {alternatives.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <Link href={`/products/${a.slug}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {a.brandName} {a.strength}
                </Link>
                <p className="text-xs text-slate-600">
                  {a.manufacturer} · {packSizeLabel(a.packSize, locale)}
                </p>
                <StockBadge stock={a.stock} />
              </div>
              <div className="text-right">
                <Price pricePaisa={a.pricePaisa} mrpPaisa={a.mrpPaisa} />
                {a.savingPaisa > 0 ? (
                  <p className="text-sm font-semibold text-emerald-800">
                    {t('save', { amount: f.paisa(a.savingPaisa) })}
                    {a.savingPerUnit ? <span className="block text-xs font-normal text-slate-600">{t('samePack', { pack: packQuantity })}</span> : null}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
