import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { listingHref } from '@/lib/catalog/listing-params';
import type { CategorySummary } from '@/lib/catalog/types';

/** No results: say so plainly and offer ways forward rather than a blank page. */
export function EmptyResults({ q, filtered, categories }: { q: string; filtered: boolean; categories: CategorySummary[] }) {
  const t = useTranslations('catalog.empty');
  return (
    <section aria-labelledby="empty-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="empty-heading" className="text-lg font-semibold">
        {q ? t('noMatch', { q }) : t('noFilterMatch')}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
        <li>{t('spelling')}</li>
        <li>{t('fewerWords')}</li>
        {filtered ? (
          <li>
            <Link href={listingHref({ q })} className="text-brand-700 underline">{t('withoutFilters')}</Link>
          </li>
        ) : null}
      </ul>
      {categories.length > 0 ? (
        <>
          <h3 className="mt-4 font-medium">{t('browse')}</h3>
          <ul className="mt-2 flex flex-wrap gap-2">
            {categories.slice(0, 8).map((c) => (
              <li key={c.slug}>
                <Link href={listingHref({ category: c.slug })} className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-600">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
