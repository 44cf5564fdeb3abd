'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchJson } from '@/components/live/fetch-json';
import { liveQueryKeys } from '@/components/live/query-keys';

/**
 * The header badge's count: seeded by the visitor query (components/layout/visitor-query.ts) and
 * only then live, so a page load does not ask twice. Undefined until known.
 */
export function useCartCount(seeded: boolean): number | undefined {
  const { data } = useQuery({
    queryKey: liveQueryKeys.cartCount,
    queryFn: async ({ signal }) => (await fetchJson<{ count: number }>('/cart/count', signal)).count,
    enabled: seeded,
  });
  return data;
}

/** For every cart change (add, quantity, remove): the badge refetches its count. */
export function useInvalidateCartCount(): () => void {
  const client = useQueryClient();
  return useCallback(() => void client.invalidateQueries({ queryKey: liveQueryKeys.cartCount }), [client]);
}
