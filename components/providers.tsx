'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { isRetryable, retryDelay } from './live/fetch-json';

/**
 * Defaults for shoppers on patchy mobile data: a failed poll retries with backoff (never on a
 * 4xx), data is refetched when the tab regains focus or the network returns, and a 30 s stale
 * time keeps focus changes from firing a burst of requests.
 */
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 3 && isRetryable(error),
        retryDelay,
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
        refetchIntervalInBackground: false,
      },
      mutations: { retry: false },
    },
  });
}

/** The one QueryClientProvider, mounted in app/layout.tsx; one client per browser tab. */
export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(makeQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
