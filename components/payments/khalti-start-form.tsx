'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

/**
 * Khalti's session is opened by our server (it needs the secret key), so the shopper presses a
 * button that asks for it and is then sent to Khalti's page. A second press reuses the session.
 */
export function KhaltiStartForm({ number, amountLabel, action }: { number: string; amountLabel: string; action: FormAction }) {
  const t = useTranslations('orders.pay');
  return (
    <ActionButton
      action={action}
      fields={{ number }}
      label={t('payWithKhalti', { amount: amountLabel })}
      pendingLabel={t('takingToKhalti')}
      className="space-y-2"
      tone="khalti"
      size="lg"
      buttonClassName="w-full"
      messageClassName="block text-sm"
    />
  );
}
