'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/auth/action';
import { refillIdSchema, refillStatusSchema, reorderRefill, setRefillStatus } from '@/lib/refills/account';

const DONE = { active: 'Reminders are on again.', paused: 'Reminders paused. Resume them any time.', stopped: 'Reminders stopped for this medicine.' } as const;

export const setRefillStatusAction = userAction(refillStatusSchema, async (input, user) => {
  await setRefillStatus(user.id, input);
  revalidatePath('/account/refills');
  return { ok: true, message: DONE[input.status] };
});

export const reorderRefillAction = userAction(refillIdSchema, async (input, user) => {
  await reorderRefill(user.id, input.refillId);
  redirect('/checkout');
});
