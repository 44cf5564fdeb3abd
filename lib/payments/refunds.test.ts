import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { transitionOrder } from '@/lib/orders/transitions';
import { GET as success } from '@/app/api/payments/esewa/success/route';
import { RefundNotAllowedError } from './errors';
import { recordRefund } from './refunds';
import { createStaff } from '@/test-support/factories/users';
import { decideAtSandbox, orderState, placeEsewaOrder, signedFormFor } from '@/test-support/payments';

const sandbox = await vi.hoisted(async () => (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess());
afterAll(() => sandbox.close());

async function paidOrder() {
  const placed = await placeEsewaOrder({ pricePaisa: 50_000 });
  const fields = await signedFormFor(placed.order, placed.shopper.id);
  await success(new Request(await decideAtSandbox(sandbox.formUrl, fields, 'pay')));
  return placed;
}

async function pharmacist() {
  const staff = await createStaff('pharmacist');
  return { id: staff.id, role: 'pharmacist' as const };
}

const cancelByShopper = (orderId: string, shopperId: string) =>
  stockTransaction(db, (tx) => transitionOrder(tx, { orderId, to: 'cancelled', actor: { id: shopperId, role: 'customer' }, note: 'Changed my mind' }));

describe('refunds', () => {
  it('cancelling a paid order makes a refund due; staff recording the eSewa refund makes it refunded', async () => {
    const { order, shopper } = await paidOrder();
    await cancelByShopper(order.orderId, shopper.id);
    expect(await orderState(order.orderId)).toMatchObject({ status: 'cancelled', paymentStatus: 'refund_due' });

    const staff = await pharmacist();
    const result = await recordRefund({ orderId: order.orderId, reference: 'RF-12345' }, staff);
    expect(result).toMatchObject({ full: true, refundedPaisa: order.totalPaisa });
    const state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('refunded');
    expect(state.attempts[0]).toMatchObject({ status: 'full_refund', refundedPaisa: order.totalPaisa, refundReference: 'RF-12345' });
    expect(state.events.at(-1)).toMatchObject({ toPaymentStatus: 'refunded', actorId: staff.id });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, 'payment.refund_recorded'), eq(auditLog.entityId, order.orderId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorId).toBe(staff.id);

    // Recording it again is refused: nothing is due any more.
    await expect(recordRefund({ orderId: order.orderId, reference: 'RF-12345' }, staff)).rejects.toBeInstanceOf(RefundNotAllowedError);
  });

  it('keeps the refund due until partial refunds add up to the whole amount', async () => {
    const { order, shopper } = await paidOrder();
    await cancelByShopper(order.orderId, shopper.id);
    const staff = await pharmacist();
    await expect(recordRefund({ orderId: order.orderId, reference: 'RF-BIG', amountPaisa: order.totalPaisa + 1 }, staff)).rejects.toBeInstanceOf(RefundNotAllowedError);

    await recordRefund({ orderId: order.orderId, reference: 'RF-PART1', amountPaisa: 10_000 }, staff);
    let state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('refund_due');
    expect(state.attempts[0]).toMatchObject({ status: 'partial_refund', refundedPaisa: 10_000 });

    await recordRefund({ orderId: order.orderId, reference: 'RF-PART2' }, staff);
    state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('refunded');
    expect(state.attempts[0]).toMatchObject({ status: 'full_refund', refundedPaisa: order.totalPaisa });
  });

  it('refuses a refund for an order that is paid and still going ahead, and a malformed reference', async () => {
    const { order } = await paidOrder();
    const staff = await pharmacist();
    await expect(recordRefund({ orderId: order.orderId, reference: 'RF-1' }, staff)).rejects.toBeInstanceOf(RefundNotAllowedError);
    await expect(recordRefund({ orderId: order.orderId, reference: 'x' }, staff)).rejects.toBeInstanceOf(ZodError);
    expect((await orderState(order.orderId)).paymentStatus).toBe('paid');
  });
});
