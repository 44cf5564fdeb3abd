import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';

/** Previous / next links that keep the current filters. */
export function Pager({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useTranslations('admin.pager');
  const f = formattersFor(useLocale());
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label')} className="no-print flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={hrefFor(page - 1)} className="text-brand-700 underline">{t('previous')}</Link> : null}
      <span>
        {t('pageOf', { page: f.count(page), pageCount: f.count(pageCount) })}
      </span>
      {page < pageCount ? <Link href={hrefFor(page + 1)} className="text-brand-700 underline">{t('next')}</Link> : null}
    </nav>
  );
}
