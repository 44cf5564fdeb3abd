'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

type Method = 'esewa' | 'khalti';
const LABELS: Record<Method, string> = { esewa: 'eSewa', khalti: 'Khalti' };

/** One button per way to pay online: the one that failed first ("again"), then the others ("instead"). */
export function RetryPaymentForm({ number, action, methods, last }: { number: string; action: FormAction; methods: Method[]; last: Method }) {
  const ordered = [...methods].sort((a, b) => Number(b === last) - Number(a === last));
  return (
    <div className="space-y-2">
      {ordered.map((method) => (
        <ActionButton
          key={method}
          action={action}
          fields={{ number, method }}
          label={method === last ? `Try ${LABELS[method]} again` : `Pay with ${LABELS[method]} instead`}
          pendingLabel="Starting a new payment…"
          className="space-y-2"
          tone={method}
          size="lg"
          buttonClassName="w-full"
          messageClassName="block text-sm"
        />
      ))}
    </div>
  );
}
