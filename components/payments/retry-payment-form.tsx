'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';

type Method = 'esewa' | 'khalti';
const label = (method: Method) => PAYMENT_METHOD_LABELS[method];

/** One button per way to pay online: the one that failed first ("again"), then the others ("instead"). */
export function RetryPaymentForm({ number, action, methods, last }: { number: string; action: FormAction; methods: Method[]; last: Method }) {
  const t = useTranslations('orders.pay');
  const ordered = [...methods].sort((a, b) => Number(b === last) - Number(a === last));
  return (
    <div className="space-y-2">
      {ordered.map((method) => (
        <ActionButton
          key={method}
          action={action}
          fields={{ number, method }}
          label={method === last ? t('tryAgain', { method: label(method) }) : t('payWithInstead', { method: label(method) })}
          pendingLabel={t('startingNew')}
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
