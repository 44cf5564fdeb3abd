'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { userAction } from '@/lib/auth/action';
import { redirect } from '@/lib/i18n/navigation';
import { cancelOrderForCustomer, orderAgain } from '@/lib/orders/customer-actions';
import { orderNumberSchema } from '@/lib/orders/validation';

const cancelSchema = z.object({
  number: orderNumberSchema,
  reason: z
    .string()
    .trim()
    .max(300, 'Keep the reason under 300 characters.')
    .optional()
    .transform((v) => v || null),
});

export const cancelOrderAction = userAction(cancelSchema, async (input, user) => {
  await cancelOrderForCustomer(user.id, input.number, input.reason);
  revalidatePath(`/orders/${input.number}`);
  return { ok: true, message: (await getTranslations('orders.order'))('cancelled') };
});

export const orderAgainAction = userAction(z.object({ number: orderNumberSchema }), async (input, user) => {
  const { added, skipped } = await orderAgain(user.id, input.number);
  if (added === 0) return { ok: false, message: (await getTranslations('orders.order'))('noneOrderable', { names: skipped.join(', ') }) };
  return redirect({ href: skipped.length > 0 ? `/cart?skipped=${encodeURIComponent(skipped.join(', '))}` : '/cart', locale: await getLocale() });
});
