'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/auth/action';
import { orderNumberSchema } from '@/lib/orders/validation';
import { retryPayment } from '@/lib/payments/attempts';

/** A new eSewa attempt (new transaction uuid) after a failed or cancelled one; the pay page posts it. */
export const retryPaymentAction = userAction(z.object({ number: orderNumberSchema }), async ({ number }, user) => {
  const attempt = await retryPayment({ orderNumber: number, userId: user.id });
  if (!attempt) return { ok: false, message: 'Order not found.' };
  redirect(`/checkout/pay/${number}`);
});
