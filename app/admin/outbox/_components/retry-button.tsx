'use client';

import { useActionState } from 'react';
import { retryNotificationAction } from '../actions';

export function RetryButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState(retryNotificationAction, undefined);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-brand-700 underline">
        Retry
      </button>
      {state?.message ? <span className={state.ok ? 'ml-2 text-brand-800' : 'ml-2 text-red-700'}>{state.message}</span> : null}
    </form>
  );
}
