'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/auth/action';
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
  return { ok: true, message: 'Your order was cancelled and its items returned to stock.' };
});

export const orderAgainAction = userAction(z.object({ number: orderNumberSchema }), async (input, user) => {
  const { added, skipped } = await orderAgain(user.id, input.number);
  if (added === 0) return { ok: false, message: `None of these medicines can be ordered right now (${skipped.join(', ')}).` };
  redirect(skipped.length > 0 ? `/cart?skipped=${encodeURIComponent(skipped.join(', '))}` : '/cart');
});
