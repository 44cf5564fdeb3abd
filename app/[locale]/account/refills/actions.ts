'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { userAction } from '@/lib/auth/action';
import { redirect } from '@/lib/i18n/navigation';
import { refillIdSchema, refillStatusSchema, reorderRefill, setRefillStatus } from '@/lib/refills/account';

const DONE = { active: 'refillsActive', paused: 'refillsPaused', stopped: 'refillsStopped' } as const;

export const setRefillStatusAction = userAction(refillStatusSchema, async (input, user) => {
  await setRefillStatus(user.id, input);
  revalidatePath('/account/refills');
  const t = await getTranslations('account.actions');
  return { ok: true, message: t(DONE[input.status]) };
});

export const reorderRefillAction = userAction(refillIdSchema, async (input, user) => {
  await reorderRefill(user.id, input.refillId);
  return redirect({ href: '/checkout', locale: await getLocale() });
});
