'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

type Props = { action: string; fields: Record<string, string>; amountLabel: string };

/**
 * Posts the server-signed form to eSewa as soon as the page shows. No inline script (CSP): this
 * submits from an effect, and the button stays for browsers where that does not happen.
 */
export function EsewaRedirectForm({ action, fields, amountLabel }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const submitted = useRef(false);
  const t = useTranslations('orders.pay');

  useEffect(() => {
    // Strict mode runs effects twice in development; eSewa must get one post.
    if (submitted.current) return;
    submitted.current = true;
    form.current?.submit();
  }, []);

  return (
    <form ref={form} method="POST" action={action} className="space-y-3" data-testid="esewa-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm text-slate-700" role="status">
        {t('esewaRedirecting')}
      </p>
      <button type="submit" className="w-full rounded-md bg-[#41a124] px-4 py-3 font-semibold text-white hover:bg-[#378a1e]">
        {t('payWithEsewa', { amount: amountLabel })}
      </button>
    </form>
  );
}
