'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { answersSoFar, fetchJson, wasRefused } from '@/components/live/fetch-json';
import { liveQueryKeys } from '@/components/live/query-keys';

const POLL_MS = 3000;
// About three minutes; after that only a focus or reconnect asks again (OCR is then stuck or slow).
const MAX_POLLS = 60;

/** Mounted while OCR reads the prescription: polls its status and re-renders the page once it is read. */
export function RefreshWhenRead({ prescriptionId }: { prescriptionId: string }) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: liveQueryKeys.prescriptionStatus(prescriptionId),
    queryFn: ({ signal }) => fetchJson<{ reading: boolean }>(`/api/prescriptions/${encodeURIComponent(prescriptionId)}/status`, signal),
    staleTime: 0,
    refetchInterval: ({ state }) => (state.data?.reading === false || wasRefused(state.error) || answersSoFar(state) >= MAX_POLLS ? false : POLL_MS),
  });
  const read = data?.reading === false;
  useEffect(() => {
    if (read) router.refresh();
  }, [read, router]);
  return null;
}
