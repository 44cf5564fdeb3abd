import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { pushMessages, pushSubscriptions } from '@/db/schema';
import type { MessageLocale } from '../locale';
import type { PushText } from './texts';

export type PushRequest = { userId: string; template: string; locale: MessageLocale; text: PushText };

/**
 * Writes one push message for each browser the shopper subscribed, in the transaction of the
 * change that causes it; the dispatcher sends them later. No subscription: nothing is written.
 */
export async function enqueuePush(executor: Transaction | Database, request: PushRequest): Promise<{ ids: string[] }> {
  const subscriptions = await executor.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, request.userId));
  if (subscriptions.length === 0) return { ids: [] };
  const rows = await executor
    .insert(pushMessages)
    .values(subscriptions.map((subscription) => ({ userId: request.userId, subscriptionId: subscription.id, template: request.template, locale: request.locale, ...request.text })))
    .returning({ id: pushMessages.id });
  return { ids: rows.map((row) => row.id) };
}
