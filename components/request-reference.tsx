'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

/**
 * The request id of the response that failed (proxy.ts sends it as `Server-Timing: request;desc=…`,
 * the one header a page's script may read), so a shopper can quote it and support finds the log
 * line and the trace. After a client-side navigation the failed response is the latest fetch.
 */
function latestRequestId(): string | undefined {
  const entries = [...performance.getEntriesByType('resource'), ...performance.getEntriesByType('navigation')] as PerformanceResourceTiming[];
  const withId = entries
    .filter((entry) => entry.serverTiming?.some((timing) => timing.name === 'request'))
    .sort((a, b) => b.responseEnd - a.responseEnd)[0];
  const id = withId?.serverTiming.find((timing) => timing.name === 'request')?.description;
  return id && /^[A-Za-z0-9-]{8,64}$/.test(id) ? id : undefined;
}

const noSubscription = () => () => {};

export function RequestReference({ digest, className }: { digest?: string; className?: string }) {
  const t = useTranslations('fatal');
  // Read once on the client (no subscription: the failed response is already in the timeline).
  const requestId = useSyncExternalStore(noSubscription, latestRequestId, () => undefined);
  if (!requestId && !digest) return null;
  return (
    <p className={className} data-testid="error-reference">
      {t('reference', { reference: [requestId, digest].filter(Boolean).join(' · ') })}
    </p>
  );
}
