import { useLocale, useTranslations } from 'next-intl';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { listingHref, SORTS, type ListingQuery } from '@/lib/catalog/listing-params';
import { dosageFormLabel } from '@/lib/catalog/pack-words';
import type { CategorySummary } from '@/lib/catalog/types';
import { paisaToWholeRupees } from '@/lib/money';

const field = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** A plain GET form: filtering works without JavaScript and the URL keeps the whole state. */
export function ListingFilters({ query, categories, dosageForms }: { query: ListingQuery; categories: CategorySummary[]; dosageForms: string[] }) {
  const t = useTranslations('catalog.filters');
  const locale = useLocale();
  const sorts = SORTS.filter((s) => s !== 'relevance' || query.q);
  return (
    <form action={getPathname({ href: '/products', locale })} method="get" aria-label={t('label')} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
      <div>
        <label htmlFor="filter-category" className="font-medium">{t('category')}</label>
        <select id="filter-category" name="category" defaultValue={query.category ?? ''} className={field}>
          <option value="">{t('allCategories')}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>{c.name}</option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="font-medium">{t('prescription')}</legend>
        {[['', t('allMedicines')], ['otc', t('otc')], ['rx', t('rx')]].map(([value, label]) => (
          <label key={value} className="mt-1 flex items-center gap-2">
            <input type="radio" name="rx" value={value} defaultChecked={(query.prescription ?? '') === value} /> {label}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="filter-form" className="font-medium">{t('dosageForm')}</label>
        <select id="filter-form" name="form" defaultValue={dosageForms.find((f) => f.toLowerCase() === query.dosageForm?.toLowerCase()) ?? ''} className={field}>
          <option value="">{t('anyForm')}</option>
          {dosageForms.map((f) => (
            <option key={f} value={f}>{dosageFormLabel(f, locale)}</option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="font-medium">{t('price')}</legend>
        <div className="mt-1 flex items-center gap-2">
          <label className="sr-only" htmlFor="filter-min">{t('minLabel')}</label>
          <input id="filter-min" name="min" type="number" min={0} inputMode="numeric" placeholder={t('min')} defaultValue={query.minPricePaisa === undefined ? '' : paisaToWholeRupees(query.minPricePaisa)} className={field} />
          <span aria-hidden="true">–</span>
          <label className="sr-only" htmlFor="filter-max">{t('maxLabel')}</label>
          <input id="filter-max" name="max" type="number" min={0} inputMode="numeric" placeholder={t('max')} defaultValue={query.maxPricePaisa === undefined ? '' : paisaToWholeRupees(query.maxPricePaisa)} className={field} />
        </div>
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="stock" value="1" defaultChecked={query.inStockOnly} /> {t('inStockOnly')}
      </label>
      <div>
        <label htmlFor="filter-sort" className="font-medium">{t('sortBy')}</label>
        <select id="filter-sort" name="sort" defaultValue={query.sort} className={field}>
          {sorts.map((s) => (
            <option key={s} value={s}>{t(`sort.${s}`)}</option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t('apply')}</button>
        <Link href={listingHref({ q: query.q })} className="text-brand-700 underline">{t('clear')}</Link>
      </div>
    </form>
  );
}
