import { randomUUID } from 'node:crypto';
import { placeOrder, type PlacedOrder } from '@/lib/orders/place-order';
import { factoryDatabase } from './database';
import { createProduct } from './products';
import { createCustomer, type TestCustomer } from './users';

export const checkoutKey = () => randomUUID();

export type OrderOverrides = {
  customer?: TestCustomer;
  /** One pack of a new product of its own unless given. */
  lines?: { productId: number; quantity: number }[];
  paymentMethod?: 'cod' | 'esewa' | 'khalti';
  prescriptionIds?: string[];
};

/** An order placed through the real placeOrder: stock allocated, ledger written, events recorded. */
export async function placeTestOrder(overrides: OrderOverrides = {}): Promise<PlacedOrder & { customer: TestCustomer }> {
  const customer = overrides.customer ?? (await createCustomer());
  const lines = overrides.lines ?? [{ productId: (await createProduct()).id, quantity: 1 }];
  const order = await placeOrder(
    { userId: customer.id, addressId: customer.addressId, paymentMethod: overrides.paymentMethod ?? 'cod', checkoutKey: checkoutKey(), lines, prescriptionIds: overrides.prescriptionIds },
    await factoryDatabase(),
  );
  return { ...order, customer };
}
