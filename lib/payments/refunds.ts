import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { payments, type UserRole } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { env } from '@/lib/env';
import { notifyShopper } from '@/lib/notifications/notify-shopper';
import { lockOrder, transitionOrder } from '@/lib/orders/transitions';
import { RefundNotAllowedError } from './errors';
import { PAYMENT_METHOD_LABELS } from './method-labels';

export const recordRefundSchema = z.object({
  orderId: z.uuid(),
  // The provider's refund reference as its merchant portal shows it (eSewa or Khalti).
  reference: z.string().trim().min(3, 'Enter the refund reference').max(100).regex(/^[\w-]+$/, 'Letters, digits, hyphens and underscores only'),
  // Omitted means everything not refunded yet.
  amountPaisa: z.coerce.number().int().positive().optional(),
});
export type RecordRefundInput = z.input<typeof recordRefundSchema>;

/**
 * Staff record a refund they made in the provider's merchant portal (eSewa's or Khalti's). Only an order that owes money
 * back (refund_due: cancelled after payment, or a rejected prescription) can be refunded; once
 * the whole amount is back the order becomes `refunded`. Audited with the staff member.
 */
export async function recordRefund(raw: RecordRefundInput, actor: { id: string; role: UserRole }, database: Database = db) {
  const input = recordRefundSchema.parse(raw);
  // transitionOrder needs a stock transaction; a refund itself never moves stock.
  return stockTransaction(database, async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (order.paymentStatus !== 'refund_due') throw new RefundNotAllowedError('This order has no refund due.');
    const [payment] = await tx
      .select({ id: payments.id, provider: payments.provider, amountPaisa: payments.amountPaisa, refundedPaisa: payments.refundedPaisa, transactionUuid: payments.transactionUuid })
      .from(payments)
      .where(and(eq(payments.orderId, order.id), inArray(payments.status, ['complete', 'partial_refund'])))
      .orderBy(desc(payments.createdAt))
      .limit(1)
      .for('update');
    if (!payment) throw new RefundNotAllowedError('No completed online payment is recorded for this order.');
    const label = PAYMENT_METHOD_LABELS[payment.provider];
    const remaining = payment.amountPaisa - payment.refundedPaisa;
    const amount = input.amountPaisa ?? remaining;
    if (amount <= 0 || amount > remaining) throw new RefundNotAllowedError('The refund is larger than what is left to refund.');

    const refundedPaisa = payment.refundedPaisa + amount;
    const full = refundedPaisa === payment.amountPaisa;
    await tx
      .update(payments)
      .set({ refundedPaisa, refundReference: input.reference, status: full ? 'full_refund' : 'partial_refund', updatedAt: sql`now()` })
      .where(eq(payments.id, payment.id));
    if (full) {
      await transitionOrder(tx, { orderId: order.id, to: order.status, actor, paymentStatus: 'refunded', note: `Refunded through ${label} (${input.reference}).` });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: 'payment.refund_recorded',
      entityType: 'order',
      entityId: order.id,
      details: { orderNumber: order.number, provider: payment.provider, reference: input.reference, amountPaisa: amount, full, transactionUuid: payment.transactionUuid },
    });
    await notifyShopper(tx, {
      userId: order.userId,
      toEmail: order.email,
      template: 'refund-recorded',
      payload: { name: order.name, orderNumber: order.number, amountPaisa: amount, provider: label, reference: input.reference, url: `${env.APP_URL}/orders/${order.number}` },
    });
    return { orderNumber: order.number, refundedPaisa, full };
  });
}
