import 'server-only';
import type { Database, Transaction } from '@/db/client';
import { smsMessages } from '@/db/schema';
import type { MessageLocale } from '../locale';
import { countSegments } from './segments';

export type SmsRequest = { userId?: string | null; toPhone: string; template: string; locale: MessageLocale; text: string };

/**
 * Writes an SMS to the outbox, its segments counted now so staff see what each message costs.
 * Call it with the transaction of the change that causes it; the dispatcher sends it later.
 */
export async function enqueueSms(executor: Transaction | Database, request: SmsRequest): Promise<{ id: string; segments: number }> {
  const { encoding, segments } = countSegments(request.text);
  const [row] = await executor
    .insert(smsMessages)
    .values({ userId: request.userId ?? null, toPhone: request.toPhone, template: request.template, locale: request.locale, text: request.text, encoding, segments })
    .returning({ id: smsMessages.id });
  return { id: row!.id, segments };
}
