import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import {
  inventoryBatches,
  orderEvents,
  orderItemAllocations,
  orderItems,
  orders,
  payments,
  users,
  type AddressSnapshot,
  type OrderStatus,
  type PaymentMethod,
  type PaymentStatus,
  type UserRole,
} from '@/db/schema';
import { orderDetailColumns } from '@/lib/orders/order-detail-columns';
import { linkedPrescriptions, orderLineColumns, type LinkedPrescription, type OrderLine } from '@/lib/orders/order-lines';
import { allowedSteps, type OrderStep } from './steps';

export type StaffOrderDetail = {
  id: string;
  number: string;
  createdAt: Date;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentMethod: PaymentMethod;
  subtotalPaisa: number;
  deliveryFeePaisa: number;
  totalPaisa: number;
  address: AddressSnapshot;
  deliveryNotes: string | null;
  courier: string | null;
  trackingNote: string | null;
  cancelReason: string | null;
  customer: { name: string; email: string; phone: string | null };
  lines: (OrderLine & {
    id: number;
    // Which batches to pick from, for the packing slip.
    batches: { batchNumber: string; expiryDate: string; quantity: number; released: boolean }[];
  })[];
  timeline: { id: number; type: string; toStatus: OrderStatus | null; toPaymentStatus: PaymentStatus | null; actorName: string | null; actorRole: UserRole | null; note: string | null; at: Date }[];
  payments: { provider: PaymentMethod; transactionUuid: string; providerSessionId: string | null; status: string; amountPaisa: number; providerReference: string | null; refundedPaisa: number; refundReference: string | null; createdAt: Date }[];
  prescriptions: LinkedPrescription[];
  steps: OrderStep[];
};

/** One order as staff see it (no password hash, no TOTP fields: users are selected by column). */
export async function getOrderForStaff(number: string, database: Database = db): Promise<StaffOrderDetail | null> {
  const [order] = await database
    .select({
      ...orderDetailColumns,
      customerName: users.name,
      customerEmail: users.email,
      customerPhone: users.phone,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.number, number));
  if (!order) return null;

  const [lines, allocations, events, attempts, linked] = await Promise.all([
    database
      .select({ id: orderItems.id, ...orderLineColumns })
      .from(orderItems)
      .where(eq(orderItems.orderId, order.id))
      .orderBy(asc(orderItems.id)),
    database
      .select({ orderItemId: orderItemAllocations.orderItemId, batchNumber: inventoryBatches.batchNumber, expiryDate: inventoryBatches.expiryDate, quantity: orderItemAllocations.quantity, releasedAt: orderItemAllocations.releasedAt })
      .from(orderItemAllocations)
      .innerJoin(orderItems, eq(orderItems.id, orderItemAllocations.orderItemId))
      .innerJoin(inventoryBatches, eq(inventoryBatches.id, orderItemAllocations.batchId))
      .where(eq(orderItems.orderId, order.id))
      .orderBy(asc(inventoryBatches.expiryDate)),
    database
      .select({ id: orderEvents.id, type: orderEvents.type, toStatus: orderEvents.toStatus, toPaymentStatus: orderEvents.toPaymentStatus, actorName: users.name, actorRole: orderEvents.actorRole, note: orderEvents.note, at: orderEvents.createdAt })
      .from(orderEvents)
      .leftJoin(users, eq(users.id, orderEvents.actorId))
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    database
      .select({ provider: payments.provider, transactionUuid: payments.transactionUuid, providerSessionId: payments.providerSessionId, status: payments.status, amountPaisa: payments.amountPaisa, providerReference: payments.providerReference, refundedPaisa: payments.refundedPaisa, refundReference: payments.refundReference, createdAt: payments.createdAt })
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(desc(payments.createdAt)),
    linkedPrescriptions(database, order.id),
  ]);
  const { customerName, customerEmail, customerPhone, ...rest } = order;
  return {
    ...rest,
    customer: { name: customerName, email: customerEmail, phone: customerPhone },
    lines: lines.map((l) => ({
      ...l,
      batches: allocations.filter((a) => a.orderItemId === l.id).map((a) => ({ batchNumber: a.batchNumber, expiryDate: a.expiryDate, quantity: a.quantity, released: a.releasedAt !== null })),
    })),
    timeline: events,
    payments: attempts,
    prescriptions: linked,
    steps: allowedSteps(order),
  };
}
