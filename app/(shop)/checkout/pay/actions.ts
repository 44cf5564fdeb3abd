'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/auth/action';
import { orderNumberSchema } from '@/lib/orders/validation';
import { retryPayment, startLinkPayment } from '@/lib/payments/attempts';
import { ONLINE_METHODS } from '@/lib/payments/providers/types';

/**
 * A new attempt (new transaction id) after a failed or cancelled one, with the same method or
 * another the shopper picked; eSewa goes through the pay page's signed form, Khalti straight on.
 */
export const retryPaymentAction = userAction(z.object({ number: orderNumberSchema, method: z.enum(ONLINE_METHODS).optional() }), async ({ number, method }, user) => {
  const attempt = await retryPayment({ orderNumber: number, userId: user.id, method });
  if (!attempt) return { ok: false, message: 'Order not found.' };
  if (attempt.method === 'esewa') redirect(`/checkout/pay/${number}`);
  const started = await startLinkPayment({ orderNumber: number, userId: user.id });
  if (!started) return { ok: false, message: 'Order not found.' };
  redirect(started.url);
});

/** The pay page's Khalti button: opens (or reuses) the Khalti session and sends the browser there. */
export const startLinkPaymentAction = userAction(z.object({ number: orderNumberSchema }), async ({ number }, user) => {
  const started = await startLinkPayment({ orderNumber: number, userId: user.id });
  if (!started) return { ok: false, message: 'Order not found.' };
  redirect(started.url);
});
