import { getLocale, getTranslations } from 'next-intl/server';
import { DidYouMean } from '@/components/catalog/did-you-mean';
import { EmptyResults } from '@/components/catalog/empty-results';
import { ListingFilters } from '@/components/catalog/listing-filters';
import { noticeKey } from '@/components/catalog/listing-notices';
import { Pagination } from '@/components/catalog/pagination';
import { ProductGrid } from '@/components/catalog/product-card';
import { resolveListing } from '@/lib/catalog/listing';
import { MAX_PAGE, PAGE_SIZE } from '@/lib/catalog/listing-params';
import { localizedCategory } from '@/lib/catalog/localized';
import { formattersFor } from '@/lib/i18n/format';
import { INTL_LOCALE_TAGS } from '@/lib/i18n/locales';

type RawParams = Record<string, string | string[] | undefined>;

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** The /products listing (search, category, filters) for the given URL parameters. */
export async function ListingView({ params }: { params: RawParams }) {
  const [listing, t, tNotice, locale] = await Promise.all([
    resolveListing(params, { withResults: true }),
    getTranslations('catalog.listing'),
    getTranslations('catalog.notice'),
    getLocale(),
  ]);
  const { query, notices, dosageForms, result } = listing;
  const categories = listing.categories.map((c) => localizedCategory(c, locale));
  const category = listing.category && localizedCategory(listing.category, locale);
  const f = formattersFor(locale);
  // Positions in the list are written without grouping ("Showing 9577–9600"), as they always were.
  const position = new Intl.NumberFormat(INTL_LOCALE_TAGS[locale], { useGrouping: false });
  const heading = query.q ? t('results', { q: query.q }) : category ? category.name : t('allMedicines');
  const first = (Math.min(query.page, result.pageCount) - 1) * PAGE_SIZE + 1;
  const filtered = Boolean(query.category || query.prescription || query.dosageForm || query.inStockOnly || query.minPricePaisa !== undefined || query.maxPricePaisa !== undefined);
  const noticeText = (notice: string) => {
    const key = noticeKey(notice);
    return key ? tNotice(key, { max: f.count(MAX_PAGE) }) : notice;
  };

  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <aside id="filters" className="order-2 md:order-1" aria-label={t('filters')}>
        <ListingFilters query={query} categories={categories} dosageForms={dosageForms} />
      </aside>
      <section className="order-1 md:order-2" aria-labelledby="results-heading">
        <div className="flex items-baseline justify-between gap-3">
          <h1 id="results-heading" className="text-2xl font-bold">{heading}</h1>
          {/* On a phone the filters sit below the results; this jumps to them. */}
          <a href="#filters" className="shrink-0 text-sm text-brand-700 underline md:hidden">{t('filterAndSort')}</a>
        </div>
        {category && !query.q && category.description ? <p className="mt-1 text-sm text-slate-700" data-testid="category-description">{category.description}</p> : null}
        {notices.length > 0 ? (
          <ul role="status" className="mt-2 space-y-1 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            {notices.map((n) => <li key={n}>{noticeText(n)}</li>)}
          </ul>
        ) : null}
        {result.mode === 'typo' && result.total > 0 ? (
          <p role="status" className="mt-2 rounded-md bg-sky-50 p-3 text-sm text-sky-900">
            {t.rich('typo', { q: query.q, term: result.correctedTo ?? t('similarNames'), strong })}
          </p>
        ) : null}
        {result.choices && result.choices.length > 0 ? <DidYouMean query={query} choices={result.choices} /> : null}
        {result.total > 0 ? (
          <p className="mt-2 text-sm text-slate-600" aria-live="polite">
            {result.items.length > 0
              ? t('showing', { count: result.total, first: position.format(first), last: position.format(first + result.items.length - 1), total: f.count(result.total) })
              : t('pastLastPage', { total: f.count(result.total) })}
          </p>
        ) : null}
        <div className="mt-4">
          {result.items.length > 0 ? (
            <ProductGrid products={result.items} label={t('gridLabel')} headingLevel={2} />
          ) : result.total === 0 && !result.choices?.length ? (
            <EmptyResults q={query.q} filtered={filtered} categories={categories} />
          ) : null}
        </div>
        <Pagination query={query} pageCount={result.pageCount} />
      </section>
    </div>
  );
}
