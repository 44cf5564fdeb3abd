'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { liveQueryKeys } from '@/components/live/query-keys';

/**
 * The cart page knows the count: each time the server renders it again (a line removed, which
 * also unmounts that line's controls before they can ask the badge to refetch), the badge follows.
 */
export function CartCountSync({ count }: { count: number }) {
  const client = useQueryClient();
  useEffect(() => {
    client.setQueryData(liveQueryKeys.cartCount, count);
  }, [client, count]);
  return null;
}
