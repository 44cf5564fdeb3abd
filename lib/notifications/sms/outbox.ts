import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { smsMessages, type SmsErrorKind } from '@/db/schema';
import type { OutboxRow } from '../outbox';

export type SmsOutboxRow = Omit<OutboxRow, 'toEmail'> & {
  toPhone: string;
  encoding: 'gsm7' | 'ucs2';
  segments: number;
  errorKind: SmsErrorKind | null;
  provider: string | null;
};

export const SMS_OUTBOX_PAGE_SIZE = 50;

/** The SMS side of /admin/outbox. Texts are left out: a verification code may still be in one. */
export async function listSmsOutbox(db: Database, { page = 1, status }: { page?: number; status?: OutboxRow['status'] } = {}): Promise<{ rows: SmsOutboxRow[]; total: number }> {
  const where = status ? eq(smsMessages.status, status) : undefined;
  const rows = await db
    .select({
      id: smsMessages.id,
      toPhone: smsMessages.toPhone,
      template: smsMessages.template,
      locale: smsMessages.locale,
      encoding: smsMessages.encoding,
      segments: smsMessages.segments,
      status: smsMessages.status,
      attempts: smsMessages.attempts,
      lastError: smsMessages.lastError,
      errorKind: smsMessages.errorKind,
      provider: smsMessages.provider,
      createdAt: smsMessages.createdAt,
      sentAt: smsMessages.sentAt,
      nextAttemptAt: smsMessages.nextAttemptAt,
    })
    .from(smsMessages)
    .where(where)
    .orderBy(desc(smsMessages.createdAt))
    .limit(SMS_OUTBOX_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * SMS_OUTBOX_PAGE_SIZE);
  const [total] = await db.select({ value: count() }).from(smsMessages).where(where);
  return { rows, total: total?.value ?? 0 };
}

/** Puts a failed SMS back in the queue (after the number was corrected or credit topped up). A code is not resent: it expired. */
export async function retryFailedSms(db: Database, id: string): Promise<boolean> {
  const updated = await db
    .update(smsMessages)
    .set({ status: 'pending', nextAttemptAt: new Date(), attempts: 0, lastError: null, errorKind: null })
    .where(and(eq(smsMessages.id, id), eq(smsMessages.status, 'failed'), sql`${smsMessages.template} <> 'phone-verification'`))
    .returning({ id: smsMessages.id });
  return updated.length === 1;
}
