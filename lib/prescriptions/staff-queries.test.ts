import { describe, expect, it } from 'vitest';
import { createPrescription } from '@/test-support/factories/prescriptions';
import { createCustomer } from '@/test-support/factories/users';
import { reviewQueue } from './staff-queries';

describe('the pharmacist queue', () => {
  it('lists pending prescriptions first, oldest first, and filters by status and customer', async () => {
    const shopper = await createCustomer();
    const older = await createPrescription({ customer: shopper });
    const reviewed = await createPrescription({ customer: shopper, status: 'approved', approve: { quantity: 1, validUntil: '2099-01-01' } });
    const newer = await createPrescription({ customer: shopper });

    const mine = (await reviewQueue({ status: 'all', ocr: 'any', flagged: '0', q: shopper.email })).map((r) => r.id);
    expect(mine).toEqual([older.id, newer.id, reviewed.id]);
    const pending = await reviewQueue({ status: 'pending', ocr: 'any', flagged: '0', q: shopper.email });
    expect(pending.map((r) => r.id)).toEqual([older.id, newer.id]);
    expect(pending[0]!.waitingMinutes).toBeGreaterThanOrEqual(0);
    expect(await reviewQueue({ status: 'approved', ocr: 'any', flagged: '0', q: shopper.email })).toEqual([expect.objectContaining({ id: reviewed.id, status: 'approved' })]);
  });
});
