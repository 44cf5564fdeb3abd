import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, payments, type PaymentMethod } from '@/db/schema';

export type PaymentNeedingAttention = {
  orderNumber: string;
  provider: PaymentMethod;
  transactionUuid: string;
  status: 'pending' | 'ambiguous';
  amountPaisa: number;
  createdAt: Date;
  lastCheckedAt: Date | null;
};

/** For staff: attempts a provider (eSewa or Khalti) keeps calling pending or ambiguous, or whose amount disagreed, oldest first (back office lists them). */
export async function listPaymentsNeedingAttention(database: Database = db, limit = 100): Promise<PaymentNeedingAttention[]> {
  const rows = await database
    .select({
      orderNumber: orders.number,
      provider: payments.provider,
      transactionUuid: payments.transactionUuid,
      status: payments.status,
      amountPaisa: payments.amountPaisa,
      createdAt: payments.createdAt,
      lastCheckedAt: payments.lastCheckedAt,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(inArray(payments.status, ['pending', 'ambiguous']))
    .orderBy(asc(payments.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, status: r.status as 'pending' | 'ambiguous' }));
}
