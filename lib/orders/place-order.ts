import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { NotSoldOnlineError, notSoldOnlineSql } from '@/lib/catalog/not-sold-online';
import { addresses, cartItems, carts, orderEvents, orderItemAllocations, orderItems, orders, products, users, type OrderStatus, type PaymentMethod } from '@/db/schema';
import { env } from '@/lib/env';
import { metrics } from '@/lib/observability/metrics';
import { allocateFefo } from '@/lib/inventory/fefo';
import { changeStock, stockTransaction } from '@/lib/inventory/change-stock';
import { lockBatches } from '@/lib/inventory/lock-batches';
import { availableOnlineMethods } from '@/lib/payments/methods';
import { isOnlineMethod } from '@/lib/payments/providers/types';
import { patientsForRxLines } from '@/lib/patients/order-lines';
import { linkPrescriptionsToOrder } from '@/lib/prescriptions/link-order';
import {
  AddressNotFoundError,
  EmailNotVerifiedError,
  HeldUnitsLimitError,
  OpenOrdersLimitError,
  OutOfStockError,
  PaymentMethodUnavailableError,
  PhoneNotVerifiedError,
  ProductUnavailableError,
  QuantityLimitError,
} from './errors';
import { expireOrdersHoldingProducts } from './expire-orders';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { notifyOrder } from './notify';
import { lockAccountCheckout, openHoldsOf } from './open-holds';
import { newOrderNumber } from './order-number';
import { hasPrescriptionCoverage } from './prescription-guard';
import { computeTotals } from './totals';
import { transitionOrder } from './transitions';
import { placeOrderSchema, type PlaceOrderInput } from './validation';

export type PlacedOrder = {
  orderId: string;
  number: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  totalPaisa: number;
  /** False when this checkout key had already placed the order (double submit, refresh). */
  created: boolean;
};

/** Raised inside the transaction when the same checkout committed first; never leaves this file. */
class AlreadyPlaced extends Error {}

/**
 * Places an order in ONE transaction: re-prices from the database, checks products are active,
 * allocates stock first-expiry-first-out under batch row locks, writes the order, lines,
 * allocations, sale (changeStock: batches, ledger, cache expiry after commit), first event and
 * outbox email, and empties those cart lines.
 * Every new order holds stock unpaid or unconfirmed, so the account's open holds are limited
 * (lib/orders/open-holds.ts), checked under a per-account lock so concurrent checkouts queue.
 * Throws ZodError, EmailNotVerifiedError, PhoneNotVerifiedError (cash on delivery, COD_REQUIRES_VERIFIED_PHONE), AddressNotFoundError, ProductUnavailableError, QuantityLimitError,
 * OpenOrdersLimitError, HeldUnitsLimitError, OutOfStockError, PatientNotFoundError or PrescriptionNotUsableError,
 * in which case nothing at all has changed.
 */
export async function placeOrder(raw: PlaceOrderInput, database: Database = db): Promise<PlacedOrder> {
  const input = placeOrderSchema.parse(raw);
  const lines = mergeLines(input.lines);
  if (isOnlineMethod(input.paymentMethod) && !availableOnlineMethods().includes(input.paymentMethod)) throw new PaymentMethodUnavailableError();
  try {
    const placed = await stockTransaction(database, async (tx) => {
      // First, so a double submit waits here and then finds the order its twin placed.
      await lockAccountCheckout(tx, input.userId);
      const existing = await findByCheckoutKey(tx, input.userId, input.checkoutKey);
      if (existing) return existing;

      const [customer] = await tx
        .select({ email: users.email, name: users.name, emailVerifiedAt: users.emailVerifiedAt, phone: users.phone, phoneVerifiedAt: users.phoneVerifiedAt, address: addresses })
        .from(users)
        .leftJoin(addresses, and(eq(addresses.id, input.addressId), eq(addresses.userId, users.id)))
        .where(eq(users.id, input.userId));
      // Checked here, not only on the checkout page: the action is a public endpoint.
      if (customer && !customer.emailVerifiedAt) throw new EmailNotVerifiedError();
      // Cash is paid only at the door: a proven number is how the rider (and the shop) reach a real person.
      if (customer && input.paymentMethod === 'cod' && env.COD_REQUIRES_VERIFIED_PHONE && !(customer.phone && customer.phoneVerifiedAt)) throw new PhoneNotVerifiedError();
      if (!customer?.address) throw new AddressNotFoundError();

      const productIds = lines.map((l) => l.productId);
      const catalog = await tx
        .select({
          id: products.id,
          brandName: products.brandName,
          genericName: products.genericName,
          strength: products.strength,
          pricePaisa: products.pricePaisa,
          active: products.active,
          requiresPrescription: products.requiresPrescription,
          maxPerOrder: products.maxPerOrder,
          notSoldOnline: notSoldOnlineSql(sql`${products.genericName}`),
        })
        .from(products)
        .where(inArray(products.id, productIds));
      const byId = new Map(catalog.map((p) => [p.id, p]));
      const unavailable = productIds.filter((id) => !byId.get(id)?.active);
      if (unavailable.length > 0) {
        throw new ProductUnavailableError(unavailable, unavailable.flatMap((id) => byId.get(id)?.brandName ?? []));
      }
      for (const line of lines) {
        const product = byId.get(line.productId)!;
        // Checked here too, whatever the cart holds: a line added before the medicine was listed, or an API client.
        if (product.notSoldOnline) throw new NotSoldOnlineError(product.brandName, product.notSoldOnline);
        if (line.quantity > product.maxPerOrder) throw new QuantityLimitError(product.brandName, product.maxPerOrder);
      }

      await assertWithinHoldLimits(tx, input.userId, lines, byId);
      // Before any stock moves: a patient that is not the account's own refuses the whole order.
      const linePatients = await patientsForRxLines(tx, {
        userId: input.userId,
        rxProductIds: lines.filter((l) => byId.get(l.productId)!.requiresPrescription).map((l) => l.productId),
        choices: input.linePatients,
        prescriptionIds: input.prescriptionIds,
      });

      await expireOrdersHoldingProducts(tx, productIds);
      const { batches, today } = await lockBatches(tx, productIds);
      const { allocations, shortfalls } = allocateFefo(batches, lines, today);
      if (shortfalls.length > 0) {
        throw new OutOfStockError(shortfalls.map((s) => ({ ...s, productName: byId.get(s.productId)!.brandName })));
      }

      const priced = lines.map((l) => ({ ...l, product: byId.get(l.productId)!, unitPricePaisa: byId.get(l.productId)!.pricePaisa }));
      const totals = computeTotals(priced, { deliveryFeePaisa: env.DELIVERY_FEE_PAISA, freeDeliveryFromPaisa: env.FREE_DELIVERY_FROM_PAISA });
      const hasRx = priced.some((l) => l.product.requiresPrescription);
      let status: OrderStatus = isOnlineMethod(input.paymentMethod) ? 'pending_payment' : hasRx ? 'awaiting_prescription' : 'confirmed';
      const { address } = customer;

      const [order] = await tx
        .insert(orders)
        .values({
          number: newOrderNumber(),
          userId: input.userId,
          status,
          paymentMethod: input.paymentMethod,
          subtotalPaisa: totals.subtotalPaisa,
          deliveryFeePaisa: totals.deliveryFeePaisa,
          totalPaisa: totals.totalPaisa,
          address: {
            recipientName: address.recipientName,
            phone: address.phone,
            province: address.province,
            district: address.district,
            municipality: address.municipality,
            ward: address.ward,
            street: address.street,
            landmark: address.landmark,
          },
          deliveryNotes: input.deliveryNotes,
          checkoutKey: input.checkoutKey,
          expiresAt: status === 'pending_payment' ? sql`now() + make_interval(mins => ${env.ORDER_PAYMENT_TIMEOUT_MINUTES})` : null,
        })
        .onConflictDoNothing({ target: [orders.userId, orders.checkoutKey] })
        .returning({ id: orders.id, number: orders.number });
      // A concurrent submission of this checkout committed first: undo ours, return theirs.
      if (!order) throw new AlreadyPlaced();

      const items = await tx
        .insert(orderItems)
        .values(
          priced.map((l) => ({
            orderId: order.id,
            productId: l.productId,
            productName: l.product.brandName,
            genericName: l.product.genericName,
            strength: l.product.strength,
            requiresPrescription: l.product.requiresPrescription,
            unitPricePaisa: l.unitPricePaisa,
            quantity: l.quantity,
            lineTotalPaisa: l.unitPricePaisa * l.quantity,
            patientId: linePatients.get(l.productId) ?? null,
          })),
        )
        .returning({ id: orderItems.id, productId: orderItems.productId });
      const itemIdByProduct = new Map(items.map((i) => [i.productId, i.id]));
      await tx.insert(orderItemAllocations).values(allocations.map((a) => ({ orderItemId: itemIdByProduct.get(a.productId)!, batchId: a.batchId, quantity: a.quantity })));
      // The batches were locked before the order row was written; the sale itself needs the order id.
      await changeStock(tx, { reason: 'sale', orderId: order.id, actorId: input.userId, changes: allocations.map((a) => ({ batchId: a.batchId, quantity: -a.quantity })) });
      await tx.insert(orderEvents).values({
        orderId: order.id,
        type: 'placed',
        toStatus: status,
        toPaymentStatus: 'unpaid',
        actorId: input.userId,
        actorRole: 'customer',
      });
      await emitWebhookEvent(tx, 'order.created', { orderId: order.id, orderNumber: order.number, status, paymentStatus: 'unpaid', paymentMethod: input.paymentMethod, totalPaisa: totals.totalPaisa });
      if (input.prescriptionIds.length > 0) {
        await linkPrescriptionsToOrder(tx, { userId: input.userId, orderId: order.id, prescriptionIds: input.prescriptionIds });
        // Already approved and covering every Rx line: no reason to make the order wait.
        if (status === 'awaiting_prescription' && (await hasPrescriptionCoverage(tx, order.id))) {
          await transitionOrder(tx, { orderId: order.id, to: 'confirmed', actor: null, note: 'Covered by an approved prescription.' });
          status = 'confirmed';
        }
      }
      await notifyOrder(tx, {
        userId: input.userId,
        toEmail: customer.email,
        template: 'order-received',
        payload: {
          name: customer.name,
          orderNumber: order.number,
          status,
          paymentMethod: input.paymentMethod,
          totalPaisa: totals.totalPaisa,
          lines: priced.map((l) => ({ name: l.product.brandName, quantity: l.quantity, lineTotalPaisa: l.unitPricePaisa * l.quantity })),
        },
      });
      await tx
        .delete(cartItems)
        .where(and(inArray(cartItems.productId, productIds), inArray(cartItems.cartId, tx.select({ id: carts.id }).from(carts).where(eq(carts.userId, input.userId)))));

      return { orderId: order.id, number: order.number, status, paymentMethod: input.paymentMethod, totalPaisa: totals.totalPaisa, created: true };
    });
    // Counted once committed; a replayed checkout finds its order and counts nothing.
    if (placed.created) metrics.ordersPlaced.inc({ method: placed.paymentMethod });
    return placed;
  } catch (error) {
    if (error instanceof OutOfStockError) metrics.stockOuts.inc();
    if (!(error instanceof AlreadyPlaced)) throw error;
    const existing = await database.transaction((tx) => findByCheckoutKey(tx, input.userId, input.checkoutKey));
    if (!existing) throw error;
    return existing;
  }
}

async function assertWithinHoldLimits(tx: Transaction, userId: string, lines: readonly { productId: number; quantity: number }[], byId: Map<number, { brandName: string }>) {
  const held = await openHoldsOf(tx, userId, lines.map((l) => l.productId));
  if (held.orders >= env.MAX_OPEN_ORDERS_PER_ACCOUNT) throw new OpenOrdersLimitError(env.MAX_OPEN_ORDERS_PER_ACCOUNT);
  for (const line of lines) {
    const already = held.unitsByProduct.get(line.productId) ?? 0;
    if (already + line.quantity > env.MAX_OPEN_UNITS_PER_PRODUCT_PER_ACCOUNT) {
      throw new HeldUnitsLimitError(byId.get(line.productId)!.brandName, env.MAX_OPEN_UNITS_PER_PRODUCT_PER_ACCOUNT, already);
    }
  }
}

async function findByCheckoutKey(tx: Transaction, userId: string, checkoutKey: string): Promise<PlacedOrder | null> {
  const [order] = await tx
    .select({ orderId: orders.id, number: orders.number, status: orders.status, paymentMethod: orders.paymentMethod, totalPaisa: orders.totalPaisa })
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.checkoutKey, checkoutKey)));
  return order ? { ...order, created: false } : null;
}

/** Same product twice adds up; sorted so every order lists (and allocates) its products the same way. */
function mergeLines(lines: readonly { productId: number; quantity: number }[]) {
  const merged = new Map<number, number>();
  for (const l of lines) merged.set(l.productId, (merged.get(l.productId) ?? 0) + l.quantity);
  return [...merged].map(([productId, quantity]) => ({ productId, quantity })).sort((a, b) => a.productId - b.productId);
}
