import { describe, expect, it } from 'vitest';
import { receiveBatchSchema } from './receive';

const form = { productId: '1', batchNumber: 'CTZ-2611', expiryDate: '2028-06-30', quantity: '60', costRupees: '22.50' };
const errors = (values: Record<string, string>) => receiveBatchSchema.safeParse({ ...form, ...values }).error?.flatten().fieldErrors ?? {};

describe('the receive form', () => {
  it('refuses an expiry day that is not on the calendar, rather than letting the database fail', () => {
    expect(errors({ expiryDate: '2027-02-30' }).expiryDate).toEqual(['Enter a real date']);
    expect(errors({ expiryDate: '2028-02-29' }).expiryDate).toBeUndefined();
  });

  it('takes the cost in rupees with at most two decimals', () => {
    expect(errors({ costRupees: '22.505' }).costRupees).toEqual(['At most two decimals']);
    expect(receiveBatchSchema.parse(form).costRupees).toBe(22.5);
  });
});
