import 'server-only';
import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { enqueueNotification } from './enqueue';
import { messageLocale } from './locale';
import { enqueuePush } from './push/enqueue-push';
import { pushText } from './push/texts';
import { enqueueSms } from './sms/enqueue-sms';
import { smsText } from './sms/texts';
import type { PayloadOf, TemplateName } from './templates';

/** The messages a shopper may choose channels for; everything else (codes, reset links) always goes. */
export type OrderUpdateTemplate = Extract<
  TemplateName,
  'order-received' | 'order-cancelled' | 'order-dispatched' | 'order-delivered' | 'prescription-approved' | 'prescription-rejected' | 'prescription-hold-expired' | 'payment-received' | 'refund-recorded' | 'refill-due'
>;

export type ShopperMessage<N extends OrderUpdateTemplate> = { userId: string; toEmail: string; template: N; payload: PayloadOf<N> };

/**
 * An order update, by the channels the shopper chose on the account page: the email, and an SMS
 * when the template has one and the number was verified (an unproven number may be a stranger's).
 * A shopper who turned email off still gets the email when no SMS goes (a cancellation has no SMS,
 * a number may be unverified): every update reaches them one way. Inside the caller's transaction,
 * so both exist exactly when the change does. Every browser the shopper turned notifications on
 * in (the account page) also gets a push; it is never counted as reaching them, since a browser
 * may be gone without anyone knowing.
 */
export async function notifyShopper<N extends OrderUpdateTemplate>(tx: Transaction, message: ShopperMessage<N>): Promise<void> {
  const [shopper] = await tx
    .select({ phone: users.phone, phoneVerifiedAt: users.phoneVerifiedAt, locale: users.locale, byEmail: users.orderUpdatesByEmail, bySms: users.orderUpdatesBySms })
    .from(users)
    .where(eq(users.id, message.userId));
  const locale = messageLocale(shopper ?? {});
  const text = shopper?.bySms && shopper.phone && shopper.phoneVerifiedAt ? smsText(message.template, message.payload, { locale, appUrl: env.APP_URL }) : null;
  if (text) await enqueueSms(tx, { userId: message.userId, toPhone: shopper!.phone!, template: message.template, locale, text });
  const push = shopper ? pushText(message.template, message.payload, { locale, appUrl: env.APP_URL }) : null;
  if (push) await enqueuePush(tx, { userId: message.userId, template: message.template, locale, text: push });
  if (!shopper || shopper.byEmail || !text) {
    await enqueueNotification(tx, { userId: message.userId, toEmail: message.toEmail, template: message.template, payload: message.payload, locale } as Parameters<typeof enqueueNotification>[1]);
  }
}
