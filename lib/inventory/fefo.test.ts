import { describe, expect, it } from 'vitest';
import { allocateFefo } from './fefo';

const today = '2026-11-22';
const batch = (id: number, expiryDate: string, quantity: number, productId = 1) => ({ id, productId, expiryDate, quantity });

describe('first-expiry-first-out allocation', () => {
  it('takes the batch that expires first', () => {
    const { allocations } = allocateFefo([batch(1, '2027-06-01', 5), batch(2, '2027-01-01', 5)], [{ productId: 1, quantity: 3 }], today);
    expect(allocations).toEqual([{ productId: 1, batchId: 2, quantity: 3 }]);
  });

  it('splits across batches in expiry order when the first runs out', () => {
    const { allocations } = allocateFefo([batch(3, '2028-01-01', 10), batch(1, '2027-01-01', 2), batch(2, '2027-06-01', 3)], [{ productId: 1, quantity: 7 }], today);
    expect(allocations).toEqual([
      { productId: 1, batchId: 1, quantity: 2 },
      { productId: 1, batchId: 2, quantity: 3 },
      { productId: 1, batchId: 3, quantity: 2 },
    ]);
  });

  it('skips expired batches but still sells a batch on its expiry day', () => {
    const { allocations, shortfalls } = allocateFefo([batch(1, '2026-11-21', 50), batch(2, today, 1), batch(3, '2027-01-01', 1)], [{ productId: 1, quantity: 2 }], today);
    expect(allocations.map((a) => a.batchId)).toEqual([2, 3]);
    expect(shortfalls).toEqual([]);
  });

  it('reports the shortfall with only unexpired stock counted, and allocates nothing for that product', () => {
    const { allocations, shortfalls } = allocateFefo([batch(1, '2020-01-01', 100), batch(2, '2027-01-01', 2)], [{ productId: 1, quantity: 3 }], today);
    expect(allocations).toEqual([]);
    expect(shortfalls).toEqual([{ productId: 1, requested: 3, available: 2 }]);
  });

  it('keeps products apart and breaks expiry ties by batch id', () => {
    const { allocations } = allocateFefo([batch(5, '2027-01-01', 1, 2), batch(4, '2027-01-01', 1, 2), batch(1, '2027-01-01', 9, 1)], [{ productId: 2, quantity: 2 }, { productId: 1, quantity: 1 }], today);
    expect(allocations).toEqual([
      { productId: 2, batchId: 4, quantity: 1 },
      { productId: 2, batchId: 5, quantity: 1 },
      { productId: 1, batchId: 1, quantity: 1 },
    ]);
  });
});
