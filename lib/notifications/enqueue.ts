import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { notifications, users } from '@/db/schema';
import type { MessageLocale } from './locale';
import type { PayloadOf, TemplateName } from './templates';

export type NotificationRequest<N extends TemplateName> = {
  userId?: string | null;
  toEmail: string;
  template: N;
  payload: PayloadOf<N>;
  /** Omitted: the language of the user it is for (their account setting), English for nobody's. */
  locale?: MessageLocale;
};

/**
 * Writes an email to the outbox. Call it with the transaction of the change that causes it, so
 * the email exists exactly when the change does; the dispatcher sends it later.
 */
export async function enqueueNotification<N extends TemplateName>(
  executor: Transaction | Database,
  request: NotificationRequest<N>,
): Promise<{ id: string }> {
  const [row] = await executor
    .insert(notifications)
    .values({
      userId: request.userId ?? null,
      toEmail: request.toEmail,
      template: request.template,
      payload: request.payload as Record<string, unknown>,
      locale: request.locale ?? (request.userId ? sql`coalesce((select ${users.locale} from ${users} where ${users.id} = ${request.userId}), 'en')` : 'en'),
    })
    .returning({ id: notifications.id });
  return { id: row!.id };
}
