'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, type FormAction } from '@/components/ui/form';

/** Takes the place of the order form until the shopper has confirmed their email address. */
export function VerifyEmailNotice({ email, action }: { email: string; action: FormAction }) {
  const t = useTranslations('orders.checkout.verifyEmail');
  return (
    <section aria-labelledby="verify-email-heading" className="space-y-4 rounded-lg border border-amber-200 bg-amber-50 p-5">
      <h2 id="verify-email-heading" className="text-lg font-semibold text-amber-950">
        {t('heading')}
      </h2>
      <p className="text-sm text-amber-950">
        {t.rich('body', { email, strong: (chunks) => <strong className="break-all">{chunks}</strong> })}
      </p>
      <ActionForm action={action} submitLabel={t('resend')} pendingLabel={t('sending')} tone="secondary" block={false} />
    </section>
  );
}
