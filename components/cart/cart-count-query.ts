'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { fetchJson } from '@/components/live/fetch-json';
import { liveQueryKeys } from '@/components/live/query-keys';

/**
 * The header badge's count. The server-rendered count seeds the cache (no flash of 0) and, each
 * time the server renders the header again (sign-in merge, sign-out), replaces it.
 */
export function useCartCount(serverCount: number): number {
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: liveQueryKeys.cartCount,
    queryFn: async ({ signal }) => (await fetchJson<{ count: number }>('/cart/count', signal)).count,
    initialData: serverCount,
  });
  useEffect(() => {
    client.setQueryData(liveQueryKeys.cartCount, serverCount);
  }, [client, serverCount]);
  return data;
}

/** For every cart change (add, quantity, remove): the badge refetches its count. */
export function useInvalidateCartCount(): () => void {
  const client = useQueryClient();
  return useCallback(() => void client.invalidateQueries({ queryKey: liveQueryKeys.cartCount }), [client]);
}
