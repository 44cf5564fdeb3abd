import Link from 'next/link';
import { PrescriptionNote } from '@/components/catalog/prescription-note';
import { ProductGrid } from '@/components/catalog/product-card';
import { listingHref } from '@/lib/catalog/listing-params';
import { getCategories, getPopularProducts } from '@/lib/catalog/queries';
import { formatCount } from '@/lib/money';

/** The home page: categories and today's popular medicines in stock (the search box is the header's). */
export async function HomeView() {
  const [categories, popular] = await Promise.all([getCategories(), getPopularProducts()]);
  return (
    <div className="space-y-8">
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold sm:text-3xl">Medicines delivered across Nepal</h1>
        {/* One search box on the page: the header's, which also suggests medicines as you type. */}
        <p className="mt-2 text-slate-700">
          Search genuine medicines by brand or generic name (e.g. paracetamol, Cetamol, सिटामोल) in the search box above, upload your prescription, and pay
          with eSewa, Khalti or cash on delivery.
        </p>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-xl font-semibold">Shop by category</h2>
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link href={listingHref({ category: c.slug })} className="block h-full rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600">
                <span className="font-medium text-slate-900">{c.name}</span>
                <span className="block text-xs text-slate-600">{formatCount(c.productCount)} products</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {popular.length > 0 ? (
        <section aria-labelledby="popular-heading">
          <div className="flex items-baseline justify-between">
            <h2 id="popular-heading" className="text-xl font-semibold">Popular and in stock</h2>
            <Link href={listingHref({ inStockOnly: true })} className="text-sm text-brand-700 underline">All in-stock medicines</Link>
          </div>
          <div className="mt-3">
            <ProductGrid products={popular} label="Popular medicines in stock" />
          </div>
        </section>
      ) : null}

      <PrescriptionNote />
    </div>
  );
}
