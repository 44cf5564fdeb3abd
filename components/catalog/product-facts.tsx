import { useLocale, useTranslations } from 'next-intl';
import { dosageFormLabel, packSizeLabel } from '@/lib/catalog/pack-words';
import type { ProductDetail } from '@/lib/catalog/types';

/** The leaflet: what it is, how to take it, and what to watch for. Text is shown as written. */
export function ProductFacts({ product }: { product: ProductDetail }) {
  const t = useTranslations('catalog.facts');
  const locale = useLocale();
  const facts: [string, string][] = [
    [t('generic'), product.genericName],
    [t('strength'), product.strength || '—'],
    [t('dosageForm'), dosageFormLabel(product.dosageForm, locale)],
    [t('packSize'), packSizeLabel(product.packSize, locale)],
    [t('manufacturer'), product.manufacturer],
    [t('category'), product.categoryName],
    [t('prescription'), product.requiresPrescription ? t('required') : t('notRequired')],
  ];
  const sections: [string, string][] = [
    [t('about'), product.description],
    [t('usage'), product.usage],
    [t('warnings'), product.warnings],
  ];
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_2fr]">
      <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="facts-heading" className="text-lg font-semibold">{t('title')}</h2>
        <dl className="mt-2 space-y-2 text-sm">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-slate-600">{term}</dt>
              <dd className="font-medium text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="space-y-4">
        {sections
          .filter(([, text]) => text.trim() !== '')
          .map(([title, text]) => (
            <section key={title} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{title}</h2>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{text}</p>
            </section>
          ))}
      </div>
    </div>
  );
}
