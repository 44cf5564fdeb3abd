import 'server-only';
import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pushMessages, users } from '@/db/schema';
import type { OutboxRow } from '../outbox';

export type PushOutboxRow = Omit<OutboxRow, 'toEmail'> & {
  /** The shopper it is for; a browser has no address of its own to show. */
  toEmail: string | null;
  /** The push service's answer to the last try (201 accepted, 404/410 gone, 429 slow down). */
  lastStatusCode: number | null;
};

export const PUSH_OUTBOX_PAGE_SIZE = 50;

/**
 * The push side of /admin/outbox. Titles and bodies are left out, as SMS texts are. There is no
 * "send again": a push given up on went to a browser that is gone, or is hours stale.
 */
export async function listPushOutbox(db: Database, { page = 1, status }: { page?: number; status?: OutboxRow['status'] } = {}): Promise<{ rows: PushOutboxRow[]; total: number }> {
  const where = status ? eq(pushMessages.status, status) : undefined;
  const rows = await db
    .select({
      id: pushMessages.id,
      toEmail: users.email,
      template: pushMessages.template,
      locale: pushMessages.locale,
      status: pushMessages.status,
      attempts: pushMessages.attempts,
      lastError: pushMessages.lastError,
      lastStatusCode: pushMessages.lastStatusCode,
      createdAt: pushMessages.createdAt,
      sentAt: pushMessages.sentAt,
      nextAttemptAt: pushMessages.nextAttemptAt,
    })
    .from(pushMessages)
    .leftJoin(users, eq(users.id, pushMessages.userId))
    .where(where)
    .orderBy(desc(pushMessages.createdAt))
    .limit(PUSH_OUTBOX_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * PUSH_OUTBOX_PAGE_SIZE);
  const [total] = await db.select({ value: count() }).from(pushMessages).where(where);
  return { rows, total: total?.value ?? 0 };
}
