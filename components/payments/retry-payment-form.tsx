'use client';

import { useActionState } from 'react';
import { retryPaymentAction } from '@/app/(shop)/checkout/pay/actions';
import type { ActionResult } from '@/lib/auth/action-result';

export function RetryPaymentForm({ number }: { number: string }) {
  const [state, action, pending] = useActionState<ActionResult | undefined, FormData>(retryPaymentAction, undefined);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="number" value={number} />
      <button type="submit" disabled={pending} className="w-full rounded-md bg-[#41a124] px-4 py-3 font-semibold text-white hover:bg-[#378a1e] disabled:opacity-60">
        {pending ? 'Starting a new payment…' : 'Try paying again'}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
