'use client';

import { ActionForm, type FormAction } from '@/components/ui/form';

/** Takes the place of the order form until the shopper has confirmed their email address. */
export function VerifyEmailNotice({ email, action }: { email: string; action: FormAction }) {
  return (
    <section aria-labelledby="verify-email-heading" className="space-y-4 rounded-lg border border-amber-200 bg-amber-50 p-5">
      <h2 id="verify-email-heading" className="text-lg font-semibold text-amber-950">
        Confirm your email to place an order
      </h2>
      <p className="text-sm text-amber-950">
        We sent a confirmation link to <strong className="break-all">{email}</strong>. Open it, then come back here: your cart is kept.
      </p>
      <ActionForm action={action} submitLabel="Resend verification email" pendingLabel="Sending…" tone="secondary" block={false} />
    </section>
  );
}
