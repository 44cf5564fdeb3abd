import { useTranslations } from 'next-intl';

// Only the listing streams behind a loading state: pages that may answer 404 or 403 (a product,
// an order) must finish before the status line is sent, so no loading boundary sits above them.
export default function ListingLoading() {
  const t = useTranslations('catalog.listing');
  return (
    <div role="status" aria-live="polite" className="space-y-4 py-6">
      <p className="flex items-center gap-3 text-slate-600">
        <span className="h-5 w-5 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden="true" />
        {t('loading')}
      </p>
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-64 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
