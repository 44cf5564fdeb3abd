'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Re-renders the server page every few seconds while something is still in progress (OCR). */
export function RefreshWhile({ active, everyMs = 3000, maxTries = 60 }: { active: boolean; everyMs?: number; maxTries?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    let tries = 0;
    const timer = setInterval(() => {
      tries += 1;
      if (tries > maxTries) clearInterval(timer);
      else router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, maxTries, router]);
  return null;
}
