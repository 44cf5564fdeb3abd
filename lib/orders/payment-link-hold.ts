import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { orders } from '@/db/schema';
import { env } from '@/lib/env';

/**
 * How long past its own payment window an order may be held for a payment link: Khalti's
 * production links live 60 minutes (PAYMENTS.md 4), twice the default window.
 */
export const LONGEST_LINK_HOLD_MINUTES = 60;

/**
 * A payment link opened while the order could be paid keeps the order's stock until the link
 * expires, so the shopper can never pay a link whose order was already cancelled for not being
 * paid. Bounded: never past the order's window plus LONGEST_LINK_HOLD_MINUTES after it was
 * placed, however many links are opened. Returns false when the order is no longer waiting
 * for payment (expired or cancelled meanwhile): its link must not be handed out.
 */
export async function holdOrderForPaymentLink(tx: Transaction, orderId: string, linkExpiresAt: Date | null): Promise<boolean> {
  const longest = env.ORDER_PAYMENT_TIMEOUT_MINUTES + LONGEST_LINK_HOLD_MINUTES;
  const until = linkExpiresAt ? sql`least(${linkExpiresAt.toISOString()}::timestamptz, ${orders.createdAt} + make_interval(mins => ${longest}))` : orders.expiresAt;
  const held = await tx
    .update(orders)
    .set({ expiresAt: sql`greatest(${orders.expiresAt}, ${until})`, updatedAt: sql`now()` })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'pending_payment'), eq(orders.paymentStatus, 'unpaid'), sql`${orders.expiresAt} > now()`))
    .returning({ id: orders.id });
  return held.length > 0;
}
