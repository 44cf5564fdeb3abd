'use client';

import { retryPaymentAction } from '@/app/(shop)/checkout/pay/actions';
import { OrderNumberForm } from '@/components/orders/order-number-form';

export function RetryPaymentForm({ number }: { number: string }) {
  return (
    <OrderNumberForm
      number={number}
      action={retryPaymentAction}
      label="Try paying again"
      pendingLabel="Starting a new payment…"
      className="space-y-2"
      buttonClassName="w-full rounded-md bg-[#41a124] px-4 py-3 font-semibold text-white hover:bg-[#378a1e] disabled:opacity-60"
    />
  );
}
