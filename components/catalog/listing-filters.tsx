import Link from 'next/link';
import { listingHref, type ListingQuery, type Sort } from '@/lib/catalog/listing-params';
import type { CategorySummary } from '@/lib/catalog/types';
import { paisaToWholeRupees } from '@/lib/money';

const SORT_LABELS: Record<Sort, string> = { relevance: 'Best match', 'price-asc': 'Price: low to high', 'price-desc': 'Price: high to low', name: 'Name: A to Z' };
const field = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** A plain GET form: filtering works without JavaScript and the URL keeps the whole state. */
export function ListingFilters({ query, categories, dosageForms }: { query: ListingQuery; categories: CategorySummary[]; dosageForms: string[] }) {
  const sorts = (Object.keys(SORT_LABELS) as Sort[]).filter((s) => s !== 'relevance' || query.q);
  return (
    <form action="/products" method="get" aria-label="Filter and sort" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
      <div>
        <label htmlFor="filter-category" className="font-medium">Category</label>
        <select id="filter-category" name="category" defaultValue={query.category ?? ''} className={field}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>{c.name}</option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="font-medium">Prescription</legend>
        {[['', 'All medicines'], ['otc', 'No prescription needed'], ['rx', 'Prescription only']].map(([value, label]) => (
          <label key={value} className="mt-1 flex items-center gap-2">
            <input type="radio" name="rx" value={value} defaultChecked={(query.prescription ?? '') === value} /> {label}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="filter-form" className="font-medium">Dosage form</label>
        <select id="filter-form" name="form" defaultValue={dosageForms.find((f) => f.toLowerCase() === query.dosageForm?.toLowerCase()) ?? ''} className={field}>
          <option value="">Any form</option>
          {dosageForms.map((f) => (
            <option key={f} value={f}>{f}</option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="font-medium">Price (Rs.)</legend>
        <div className="mt-1 flex items-center gap-2">
          <label className="sr-only" htmlFor="filter-min">Minimum price in rupees</label>
          <input id="filter-min" name="min" type="number" min={0} inputMode="numeric" placeholder="Min" defaultValue={query.minPricePaisa === undefined ? '' : paisaToWholeRupees(query.minPricePaisa)} className={field} />
          <span aria-hidden="true">–</span>
          <label className="sr-only" htmlFor="filter-max">Maximum price in rupees</label>
          <input id="filter-max" name="max" type="number" min={0} inputMode="numeric" placeholder="Max" defaultValue={query.maxPricePaisa === undefined ? '' : paisaToWholeRupees(query.maxPricePaisa)} className={field} />
        </div>
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="stock" value="1" defaultChecked={query.inStockOnly} /> In stock only
      </label>
      <div>
        <label htmlFor="filter-sort" className="font-medium">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={query.sort} className={field}>
          {sorts.map((s) => (
            <option key={s} value={s}>{SORT_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Apply</button>
        <Link href={listingHref({ q: query.q })} className="text-brand-700 underline">Clear filters</Link>
      </div>
    </form>
  );
}
