'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { fetchJson } from '@/components/live/fetch-json';
import { liveQueryKeys } from '@/components/live/query-keys';
import type { VisitorSummary } from '@/lib/visitor/summary';

/**
 * Who is visiting, for the header islands. Read again after every navigation, because signing
 * in or out is a navigation the root layout survives. It seeds the cart badge's count, so a
 * page load asks once.
 */
export function useVisitor(): VisitorSummary | undefined {
  const client = useQueryClient();
  const pathname = usePathname();
  const { data } = useQuery({
    queryKey: liveQueryKeys.visitor,
    queryFn: async ({ signal }) => {
      const visitor = await fetchJson<VisitorSummary>('/api/visitor', signal);
      client.setQueryData(liveQueryKeys.cartCount, visitor.cartCount);
      return visitor;
    },
    staleTime: 0,
  });
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    void client.invalidateQueries({ queryKey: liveQueryKeys.visitor });
  }, [client, pathname]);
  return data;
}

/** After signing out: forget the visitor at once, then ask the server. */
export function useForgetVisitor(): () => void {
  const client = useQueryClient();
  return () => {
    client.setQueryData<VisitorSummary>(liveQueryKeys.visitor, { signedIn: false, firstName: null, staff: false, cartCount: 0 });
    client.setQueryData(liveQueryKeys.cartCount, 0);
    void client.invalidateQueries({ queryKey: liveQueryKeys.visitor });
  };
}
