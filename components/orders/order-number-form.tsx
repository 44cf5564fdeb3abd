'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/auth/action-result';

type OrderNumberFormProps = {
  number: string;
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  label: string;
  pendingLabel: string;
  buttonClassName: string;
  className?: string;
  errorClassName?: string;
};

/** One button that sends an order number to a shopper's server action and shows its refusal, if any. */
export function OrderNumberForm({ number, action, label, pendingLabel, buttonClassName, className, errorClassName = 'text-sm text-red-700' }: OrderNumberFormProps) {
  const [state, formAction, pending] = useActionState<ActionResult | undefined, FormData>(action, undefined);
  return (
    <form action={formAction} className={className}>
      <input type="hidden" name="number" value={number} />
      <button type="submit" disabled={pending} className={buttonClassName}>
        {pending ? pendingLabel : label}
      </button>
      {state && !state.ok ? (
        <p role="alert" className={errorClassName}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
