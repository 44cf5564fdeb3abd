import 'server-only';
import type { Database, Transaction } from '@/db/client';
import { notifications } from '@/db/schema';
import type { PayloadOf, TemplateName } from './templates';

export type NotificationRequest<N extends TemplateName> = {
  userId?: string | null;
  toEmail: string;
  template: N;
  payload: PayloadOf<N>;
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
    })
    .returning({ id: notifications.id });
  return { id: row!.id };
}
