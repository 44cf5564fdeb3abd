import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { listingHref, MAX_PAGE, type ListingQuery } from '@/lib/catalog/listing-params';

export function Pagination({ query, pageCount: total }: { query: ListingQuery; pageCount: number }) {
  const t = useTranslations('catalog.pagination');
  const f = formattersFor(useLocale());
  // Links stop where the URL parser stops: deeper pages are refused with a note.
  const pageCount = Math.min(total, MAX_PAGE);
  if (pageCount <= 1) return null;
  const { page } = query;
  const link = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-brand-600';
  return (
    <nav aria-label={t('label')} className="mt-6 flex items-center justify-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={listingHref(query, { page: Math.min(page - 1, pageCount) })} className={link} rel="prev">{t('previous')}</Link>
      ) : null}
      <span aria-current="page">
        {t('page', { page: f.count(Math.min(page, pageCount)), count: f.count(pageCount) })}
      </span>
      {page < pageCount ? (
        <Link href={listingHref(query, { page: page + 1 })} className={link} rel="next">{t('next')}</Link>
      ) : null}
    </nav>
  );
}
