import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { listingHref, type ListingQuery } from '@/lib/catalog/listing-params';
import type { SearchChoice } from '@/lib/catalog/types';

/** A correction that could change the medicine is the shopper's to make: one link per choice. */
export function DidYouMean({ query, choices }: { query: ListingQuery; choices: SearchChoice[] }) {
  const t = useTranslations('catalog.didYouMean');
  return (
    <section aria-labelledby="did-you-mean-heading" className="mt-2 rounded-md bg-sky-50 p-3 text-sm text-sky-900">
      <h2 id="did-you-mean-heading" className="font-semibold">
        {t('title', { q: query.q })}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {choices.map((choice) => (
          <li key={choice.term}>
            <Link href={listingHref(query, { q: choice.q, page: 1 })} className="inline-block rounded-full border border-sky-300 bg-white px-3 py-1 text-brand-700 underline hover:border-brand-600">
              <span className="capitalize">{choice.term}</span>
              {choice.generic ? <span className="text-slate-600"> ({choice.generic})</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
