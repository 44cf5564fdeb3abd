import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { createProduct } from '@/test-support/factories/products';
import { checkoutKey } from '@/test-support/factories/orders';
import { createCustomer } from '@/test-support/factories/users';
import { PhoneNotVerifiedError } from './errors';
import { placeOrder } from './place-order';

const required = env.COD_REQUIRES_VERIFIED_PHONE;
afterEach(() => {
  env.COD_REQUIRES_VERIFIED_PHONE = required;
});

async function order(paymentMethod: 'cod' | 'esewa', shopper: Awaited<ReturnType<typeof createCustomer>>) {
  const product = await createProduct({ batches: [{ quantity: 5, expiryDate: '2099-12-31' }] });
  return placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod, lines: [{ productId: product.id, quantity: 1 }] });
}

describe('cash on delivery and the mobile number', () => {
  it('is on unless turned off', () => {
    expect(required).toBe(true);
  });

  it('refuses cash on delivery to an unproven number, and to an account without one, but takes online payment', async () => {
    await expect(order('cod', await createCustomer({ phoneUnverified: true }))).rejects.toBeInstanceOf(PhoneNotVerifiedError);
    await expect(order('cod', await createCustomer({ phone: null }))).rejects.toBeInstanceOf(PhoneNotVerifiedError);
    await expect(order('esewa', await createCustomer({ phoneUnverified: true }))).resolves.toMatchObject({ status: 'pending_payment' });
  });

  it('places it for a proven number, and for anyone when the setting is off', async () => {
    await expect(order('cod', await createCustomer())).resolves.toMatchObject({ status: 'confirmed' });
    env.COD_REQUIRES_VERIFIED_PHONE = false;
    await expect(order('cod', await createCustomer({ phoneUnverified: true }))).resolves.toMatchObject({ status: 'confirmed' });
  });
});
