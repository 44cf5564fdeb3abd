import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, type PaymentMethod } from '@/db/schema';
import { cartLinesForUser } from '@/lib/cart/cart-store';
import type { LinePatient } from '@/lib/patients/validation';
import { assertPrescriptionProvided } from '@/lib/prescriptions/checkout';
import { EmptyCartError } from './errors';
import { placeOrder, type PlacedOrder } from './place-order';

export type CartCheckout = {
  userId: string;
  checkoutKey: string;
  addressId: string;
  paymentMethod: PaymentMethod;
  deliveryNotes?: string | null;
  prescriptionId: string | null;
  /**
   * Whom the prescription-only lines are for: one patient for every line (the API's choice), or a
   * choice per line (the checkout page's). Omitted: the prescription's patient, or self.
   */
  patientId?: string | null;
  linePatients?: LinePatient[];
};

/**
 * Places an order from the user's cart, for the checkout page and the API: the lines come from the cart
 * on the server, prescription-only lines need a prescription, and placeOrder does the rest. When
 * the cart is empty because this checkout key has just placed its order (a retried request), that
 * order is the answer rather than "your cart is empty".
 */
export async function placeOrderFromCart(input: CartCheckout): Promise<PlacedOrder> {
  const lines = await cartLinesForUser(input.userId);
  if (lines.length === 0) {
    const placed = await findOrderByCheckoutKey(input.userId, input.checkoutKey);
    if (placed) return placed;
    throw new EmptyCartError();
  }
  await assertPrescriptionProvided(lines.map((l) => l.productId), input.prescriptionId);
  const { prescriptionId, patientId, linePatients, deliveryNotes, ...rest } = input;
  const patients = linePatients ?? (patientId ? lines.map((l) => ({ productId: l.productId, patientId })) : []);
  return placeOrder({ ...rest, deliveryNotes: deliveryNotes ?? undefined, lines, linePatients: patients, prescriptionIds: prescriptionId ? [prescriptionId] : [] });
}

export async function findOrderByCheckoutKey(userId: string, checkoutKey: string): Promise<PlacedOrder | null> {
  const [order] = await db
    .select({ orderId: orders.id, number: orders.number, status: orders.status, paymentMethod: orders.paymentMethod, totalPaisa: orders.totalPaisa })
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.checkoutKey, checkoutKey)));
  return order ? { ...order, created: false } : null;
}
