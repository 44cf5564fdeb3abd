import 'server-only';
import { and, count, desc, eq, notInArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pushSubscriptions } from '@/db/schema';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import type { PushSubscriptionInput } from '@/lib/validation/push';
import type { PushRefusalCode } from './answer-codes';
import { isAcceptedPushService } from './push-services';

/** Why a subscription was not saved: `code` names it for the page, the message is English for other clients. */
export class PushSubscriptionRefusedError extends DomainError {
  constructor(
    readonly code: PushRefusalCode,
    message: string,
    fieldErrors?: Record<string, string[]>,
  ) {
    super(message, fieldErrors);
  }
}

/** Browsers one shopper keeps notifications in; a new one past this replaces the longest-standing. */
export const MAX_SUBSCRIPTIONS_PER_USER = 10;

/**
 * Saves the signed-in shopper's browser subscription (opt-in on the account page). The same
 * browser subscribing again updates its keys. An endpoint another account holds moves only when
 * the caller also has its auth secret (the same browser, signed in as someone else now): the
 * endpoint alone, should it leak, never lets anyone take a shopper's notifications.
 */
export async function saveSubscription(
  db: Database,
  userId: string,
  input: PushSubscriptionInput,
  options: { extraOrigins?: readonly string[] } = {},
): Promise<{ id: string }> {
  if (!isAcceptedPushService(input.endpoint, options.extraOrigins ?? env.PUSH_SERVICE_ORIGINS)) {
    throw new PushSubscriptionRefusedError('unknown_service', 'This browser’s push service is not one the shop sends to.', { endpoint: ['Unknown push service'] });
  }
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: pushSubscriptions.id, userId: pushSubscriptions.userId, auth: pushSubscriptions.auth })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, input.endpoint))
      .for('update');
    if (!existing) {
      const [row] = await tx
        .insert(pushSubscriptions)
        .values({ userId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth })
        .onConflictDoNothing()
        .returning({ id: pushSubscriptions.id });
      if (!row) throw new PushSubscriptionRefusedError('busy', 'This browser is being subscribed already. Please try again.');
      // Every order update is one message per browser: a made-up flood of subscriptions stays small.
      const kept = tx.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).orderBy(desc(pushSubscriptions.createdAt), desc(pushSubscriptions.id)).limit(MAX_SUBSCRIPTIONS_PER_USER);
      await tx.delete(pushSubscriptions).where(and(eq(pushSubscriptions.userId, userId), notInArray(pushSubscriptions.id, kept)));
      return row;
    }
    if (existing.userId !== userId && existing.auth !== input.keys.auth) {
      throw new PushSubscriptionRefusedError('taken', 'This browser’s notifications belong to another account.');
    }
    await tx
      .update(pushSubscriptions)
      .set({ userId, p256dh: input.keys.p256dh, auth: input.keys.auth, failures: 0 })
      .where(eq(pushSubscriptions.id, existing.id));
    return { id: existing.id };
  });
}

/** Opt-out: deletes the subscription only when it is the shopper's own; false when there was none. */
export async function removeSubscription(db: Database, userId: string, endpoint: string): Promise<boolean> {
  const deleted = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId)))
    .returning({ id: pushSubscriptions.id });
  return deleted.length === 1;
}

/** How many browsers get the shopper's notifications (the account page says so). */
export async function countSubscriptions(db: Database, userId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
  return row?.value ?? 0;
}
