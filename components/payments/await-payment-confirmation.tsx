'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { answersSoFar, fetchJson, wasRefused } from '@/components/live/fetch-json';
import { liveQueryKeys } from '@/components/live/query-keys';
import { useRouter } from '@/lib/i18n/navigation';

type Progress = { payment: 'paid' | 'checking' | 'unpaid' };

// Every 5 s for two minutes, then every 15 s for half an hour; the reconcile job runs every few minutes.
function nextPollMs(polls: number): number | false {
  if (polls < 24) return 5000;
  if (polls < 144) return 15_000;
  return false;
}

/**
 * Mounted on the pay page while the provider has not confirmed: polls the order's payment and moves on
 * by itself, to the order page once paid, or re-renders the pay page when there is no payment to wait for.
 */
export function AwaitPaymentConfirmation({ orderNumber }: { orderNumber: string }) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: liveQueryKeys.orderPayment(orderNumber),
    queryFn: ({ signal }) => fetchJson<Progress>(`/api/orders/${encodeURIComponent(orderNumber)}/payment`, signal),
    staleTime: 0,
    refetchInterval: ({ state }) => ((state.data && state.data.payment !== 'checking') || wasRefused(state.error) ? false : nextPollMs(answersSoFar(state))),
  });
  const payment = data?.payment;
  useEffect(() => {
    if (payment === 'paid') router.replace(`/orders/${encodeURIComponent(orderNumber)}`);
    else if (payment === 'unpaid') router.refresh();
  }, [payment, orderNumber, router]);
  return null;
}
