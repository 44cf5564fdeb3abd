import 'server-only';
import { and, count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { notifications } from '@/db/schema';

export type OutboxRow = {
  id: string;
  toEmail: string;
  template: string;
  locale: 'en' | 'ne';
  status: 'pending' | 'sending' | 'sent' | 'logged' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
};

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox for /admin/outbox. Payloads are left out: they hold reset links. */
export async function listOutbox(db: Database, { page = 1, status }: { page?: number; status?: OutboxRow['status'] } = {}): Promise<{ rows: OutboxRow[]; total: number }> {
  const where = status ? eq(notifications.status, status) : undefined;
  const rows = await db
    .select({
      id: notifications.id,
      toEmail: notifications.toEmail,
      template: notifications.template,
      locale: notifications.locale,
      status: notifications.status,
      attempts: notifications.attempts,
      lastError: notifications.lastError,
      createdAt: notifications.createdAt,
      sentAt: notifications.sentAt,
      nextAttemptAt: notifications.nextAttemptAt,
    })
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE);
  const [total] = await db.select({ value: count() }).from(notifications).where(where);
  return { rows, total: total?.value ?? 0 };
}

/** Puts a failed email back in the queue for the next dispatcher run. */
export async function retryFailedNotification(db: Database, id: string): Promise<boolean> {
  const updated = await db
    .update(notifications)
    .set({ status: 'pending', nextAttemptAt: new Date(), attempts: 0, lastError: null })
    .where(and(eq(notifications.id, id), eq(notifications.status, 'failed')))
    .returning({ id: notifications.id });
  return updated.length === 1;
}
