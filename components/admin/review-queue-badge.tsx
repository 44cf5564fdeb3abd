'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { fetchJson, wasRefused } from '@/components/live/fetch-json';
import { liveQueryKeys } from '@/components/live/query-keys';
import { formattersFor } from '@/lib/i18n/format';

/** The number of prescriptions waiting for review, beside the nav link; refreshed every 30 s. */
export function ReviewQueueBadge() {
  const t = useTranslations('admin.nav');
  const f = formattersFor(useLocale());
  const { data } = useQuery({
    queryKey: liveQueryKeys.reviewQueueCount,
    queryFn: ({ signal }) => fetchJson<{ waiting: number }>('/api/admin/prescriptions/waiting', signal),
    refetchInterval: ({ state }) => (wasRefused(state.error) ? false : 30_000),
  });
  if (!data?.waiting) return null;
  return (
    <span className="ml-1.5 inline-block min-w-5 rounded-full bg-amber-300 px-1.5 text-center text-xs font-semibold text-slate-900" data-testid="review-queue-count">
      {f.count(data.waiting)}
      <span className="sr-only">{t('waitingForReview')}</span>
    </span>
  );
}
