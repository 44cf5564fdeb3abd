import Link from 'next/link';

/** Previous / next links that keep the current filters. */
export function Pager({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="no-print flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={hrefFor(page - 1)} className="text-brand-700 underline">Previous</Link> : null}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={hrefFor(page + 1)} className="text-brand-700 underline">Next</Link> : null}
    </nav>
  );
}
