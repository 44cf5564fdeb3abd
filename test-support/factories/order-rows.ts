import { randomBytes, randomUUID } from 'node:crypto';
import { orderEvents, orderItems, orders, type OrderStatus } from '@/db/schema';
import { factoryDatabase } from './database';

export type OrderRowProduct = { id: number; brandName: string; genericName: string; strength?: string; pricePaisa: number; requiresPrescription?: boolean };

const DELIVERY_FEE_PAISA = 100_00;

/**
 * An order written straight at a status, as placeOrder and the later steps would leave it, for
 * browser tests (which cannot call server modules) and for states placeOrder does not reach.
 * Stock is not touched: use placeTestOrder where the allocation matters.
 */
export async function createOrderRow(input: { userId: string; product: OrderRowProduct; quantity?: number; status?: OrderStatus }): Promise<{ id: string; number: string }> {
  const db = await factoryDatabase();
  const quantity = input.quantity ?? 1;
  const subtotal = input.product.pricePaisa * quantity;
  const status = input.status ?? 'confirmed';
  const number = `MN-${new Date().toISOString().slice(2, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
  const address = { recipientName: 'Sita Sharma', phone: '9841234567', province: 'Bagmati', district: 'Kathmandu', municipality: 'Kathmandu Metropolitan City', ward: 10, street: 'Baneshwor Height', landmark: null };
  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({ number, userId: input.userId, status, paymentMethod: 'cod', subtotalPaisa: subtotal, deliveryFeePaisa: DELIVERY_FEE_PAISA, totalPaisa: subtotal + DELIVERY_FEE_PAISA, address, checkoutKey: randomUUID() })
      .returning({ id: orders.id, number: orders.number });
    await tx.insert(orderItems).values({
      orderId: order!.id,
      productId: input.product.id,
      productName: input.product.brandName,
      genericName: input.product.genericName,
      strength: input.product.strength ?? '',
      requiresPrescription: input.product.requiresPrescription ?? false,
      unitPricePaisa: input.product.pricePaisa,
      quantity,
      lineTotalPaisa: subtotal,
    });
    await tx.insert(orderEvents).values({ orderId: order!.id, type: 'placed', toStatus: status, toPaymentStatus: 'unpaid', actorId: input.userId, actorRole: 'customer' });
    return order!;
  });
}
