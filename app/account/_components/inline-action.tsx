'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/auth/action-result';

type Action = (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

/** A one-button form (delete, make default) that still shows the server's answer when it fails. */
export function InlineAction({ action, id, label, className }: { action: Action; id: string; label: string; className: string }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={className}>
        {label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="ml-2 text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
