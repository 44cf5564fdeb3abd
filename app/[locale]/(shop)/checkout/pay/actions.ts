'use server';

import { redirect as leaveShop } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { userAction } from '@/lib/auth/action';
import { redirect } from '@/lib/i18n/navigation';
import { orderNumberSchema } from '@/lib/orders/validation';
import { retryPayment, startLinkPayment } from '@/lib/payments/attempts';
import { ONLINE_METHODS } from '@/lib/payments/providers/types';

const notFound = async () => ({ ok: false, message: (await getTranslations('orders.pay'))('orderNotFound') });

/**
 * A new attempt (new transaction id) after a failed or cancelled one, with the same method or
 * another the shopper picked; eSewa goes through the pay page's signed form, Khalti straight on.
 */
export const retryPaymentAction = userAction(z.object({ number: orderNumberSchema, method: z.enum(ONLINE_METHODS).optional() }), async ({ number, method }, user) => {
  const attempt = await retryPayment({ orderNumber: number, userId: user.id, method });
  if (!attempt) return notFound();
  if (attempt.method === 'esewa') return redirect({ href: `/checkout/pay/${number}`, locale: await getLocale() });
  const started = await startLinkPayment({ orderNumber: number, userId: user.id });
  if (!started) return notFound();
  // Khalti's own page: an address outside the shop, so no language prefix.
  leaveShop(started.url);
});

/** The pay page's Khalti button: opens (or reuses) the Khalti session and sends the browser there. */
export const startLinkPaymentAction = userAction(z.object({ number: orderNumberSchema }), async ({ number }, user) => {
  const started = await startLinkPayment({ orderNumber: number, userId: user.id });
  if (!started) return notFound();
  leaveShop(started.url);
});
