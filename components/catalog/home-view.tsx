import { getLocale, getTranslations } from 'next-intl/server';
import { PrescriptionNote } from '@/components/catalog/prescription-note';
import { ProductGrid } from '@/components/catalog/product-card';
import { listingHref } from '@/lib/catalog/listing-params';
import { localizedCategory } from '@/lib/catalog/localized';
import { getCategories, getPopularProducts } from '@/lib/catalog/queries';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';

/** The home page: categories and today's popular medicines in stock (the search box is the header's). */
export async function HomeView() {
  const [allCategories, popular, t, locale] = await Promise.all([getCategories(), getPopularProducts(), getTranslations('catalog.home'), getLocale()]);
  const f = formattersFor(locale);
  const categories = allCategories.map((c) => localizedCategory(c, locale));
  return (
    <div className="space-y-8">
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        {/* One search box on the page: the header's, which also suggests medicines as you type. */}
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-xl font-semibold">{t('categories')}</h2>
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link href={listingHref({ category: c.slug })} className="block h-full rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600">
                <span className="font-medium text-slate-900">{c.name}</span>
                <span className="block text-xs text-slate-600">{t('productCount', { count: f.count(c.productCount) })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {popular.length > 0 ? (
        <section aria-labelledby="popular-heading">
          <div className="flex items-baseline justify-between">
            <h2 id="popular-heading" className="text-xl font-semibold">{t('popular')}</h2>
            <Link href={listingHref({ inStockOnly: true })} className="text-sm text-brand-700 underline">{t('allInStock')}</Link>
          </div>
          <div className="mt-3">
            <ProductGrid products={popular} label={t('popularLabel')} />
          </div>
        </section>
      ) : null}

      <PrescriptionNote />
    </div>
  );
}
