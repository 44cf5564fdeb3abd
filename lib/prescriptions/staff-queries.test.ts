import { describe, expect, it } from 'vitest';
import { approvePrescription } from './review';
import { reviewQueue } from './staff-queries';
import { createUser, photo, rxProduct } from '@/test-support/prescriptions';
import { uploadPrescription } from './upload';

describe('the pharmacist queue', () => {
  it('lists pending prescriptions first, oldest first, and filters by status and customer', async () => {
    const shopper = await createUser();
    const pharmacist = await createUser('pharmacist');
    const product = await rxProduct();
    const older = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    const reviewed = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    const newer = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await approvePrescription({ prescriptionId: reviewed.id, productId: String(product.id), quantity: '1', validUntil: '2099-01-01' }, { id: pharmacist.id, role: 'pharmacist' });

    const mine = (await reviewQueue({ status: 'all', ocr: 'any', flagged: '0', q: shopper.email })).map((r) => r.id);
    expect(mine).toEqual([older.id, newer.id, reviewed.id]);
    const pending = await reviewQueue({ status: 'pending', ocr: 'any', flagged: '0', q: shopper.email });
    expect(pending.map((r) => r.id)).toEqual([older.id, newer.id]);
    expect(pending[0]!.waitingMinutes).toBeGreaterThanOrEqual(0);
    expect(await reviewQueue({ status: 'approved', ocr: 'any', flagged: '0', q: shopper.email })).toEqual([expect.objectContaining({ id: reviewed.id, status: 'approved' })]);
  });
});
