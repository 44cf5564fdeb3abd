'use client';

import { useActionState } from 'react';
import { cancelOrderAction, orderAgainAction } from '@/app/(shop)/orders/actions';
import type { ActionResult } from '@/lib/auth/action-result';
import { OrderNumberForm } from './order-number-form';

type State = ActionResult | undefined;

export function CancelOrderForm({ number }: { number: string }) {
  const [state, action, pending] = useActionState<State, FormData>(cancelOrderAction, undefined);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="number" value={number} />
      <label className="block text-sm">
        <span className="text-slate-700">Reason (optional)</span>
        <input name="reason" maxLength={300} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <button type="submit" disabled={pending} className="rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60">
        {pending ? 'Cancelling…' : 'Cancel order'}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function OrderAgainButton({ number }: { number: string }) {
  return (
    <OrderNumberForm
      number={number}
      action={orderAgainAction}
      label="Order again"
      pendingLabel="Adding…"
      buttonClassName="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      errorClassName="mt-2 text-sm text-red-700"
    />
  );
}
