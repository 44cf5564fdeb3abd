import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, prescriptions } from '@/db/schema';
import { env } from '@/lib/env';
import { PrescriptionNotFoundError } from './errors';
import { readPrescriptionFile } from './file-access';
import { approvePrescription } from './review';
import { getMyPrescription, listMyPrescriptions } from './shopper-queries';
import { createCustomer, createUser } from '@/test-support/factories/users';
import { placeTestOrder } from '@/test-support/factories/orders';
import { linkOrder, photo, renderPrescription, seededRxProduct } from '@/test-support/factories/prescriptions';
import { DUPLICATE_FILE_FLAG, uploadPrescription } from './upload';

const GPS_IFD_POINTER_LE = Buffer.from([0x25, 0x88]);

describe('who can see a prescription', () => {
  it('gives a second customer "not found" for the page data and the file', async () => {
    const owner = await createCustomer();
    const stranger = await createCustomer();
    const { id } = await uploadPrescription({ userId: owner.id, bytes: await photo() });

    await expect(getMyPrescription(stranger.id, id)).rejects.toBeInstanceOf(PrescriptionNotFoundError);
    await expect(readPrescriptionFile({ id: stranger.id, role: 'customer', ip: null, readsAnyFile: false }, id, 'view')).rejects.toBeInstanceOf(PrescriptionNotFoundError);
    await expect(readPrescriptionFile(null, id, 'view')).rejects.toBeInstanceOf(PrescriptionNotFoundError);
    await expect(readPrescriptionFile({ id: owner.id, role: 'customer', ip: null, readsAnyFile: false }, 'not-a-uuid', 'view')).rejects.toBeInstanceOf(PrescriptionNotFoundError);
    expect((await listMyPrescriptions(stranger.id)).map((p) => p.id)).not.toContain(id);

    const mine = await readPrescriptionFile({ id: owner.id, role: 'customer', ip: null, readsAnyFile: false }, id, 'view');
    expect(mine.mime).toBe('image/jpeg');
  });

  it('writes every pharmacist view to the audit log with who and from where', async () => {
    const owner = await createCustomer();
    const pharmacist = await createUser({ role: 'pharmacist' });
    const { id } = await uploadPrescription({ userId: owner.id, bytes: await photo() });
    await readPrescriptionFile({ id: pharmacist.id, role: 'pharmacist', ip: '203.0.113.7', readsAnyFile: true }, id, 'view');
    await readPrescriptionFile({ id: pharmacist.id, role: 'pharmacist', ip: '203.0.113.7', readsAnyFile: true }, id, 'download');
    const entries = await db
      .select({ action: auditLog.action, actorRole: auditLog.actorRole, ip: auditLog.ip, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.actorId, pharmacist.id)));
    expect(entries.map((e) => e.action).sort()).toEqual(['prescription.file_downloaded', 'prescription.file_viewed']);
    expect(entries.every((e) => e.actorRole === 'pharmacist' && e.ip === '203.0.113.7' && e.createdAt instanceof Date)).toBe(true);
  });

  it('never puts the internal note into what the shopper receives', async () => {
    const owner = await createCustomer();
    const pharmacist = await createUser({ role: 'pharmacist' });
    const product = await seededRxProduct();
    const order = await placeTestOrder({ customer: owner, lines: [{ productId: product.id, quantity: 1 }] });
    const { id } = await uploadPrescription({ userId: owner.id, bytes: await photo() });
    await linkOrder(order.orderId, id);
    await approvePrescription(
      { prescriptionId: id, productId: String(product.id), quantity: '1', validUntil: '2099-01-31', messageToCustomer: 'Take after food.', internalNote: 'STAFF-ONLY-7731 doctor called' },
      { id: pharmacist.id, role: 'pharmacist' },
    );
    const detail = await getMyPrescription(owner.id, id);
    expect(detail.status).toBe('approved');
    expect(detail.messageToCustomer).toBe('Take after food.');
    expect(detail.covers).toEqual([expect.objectContaining({ productId: product.id, quantityApproved: 1, quantityUsed: 1 })]);
    expect(detail.orders.map((o) => o.status)).toEqual(['confirmed']);
    const everything = JSON.stringify([detail, await listMyPrescriptions(owner.id)]);
    expect(everything).not.toContain('STAFF-ONLY-7731');
    expect(everything).not.toMatch(/internalNote|reviewerId|flags|fileKey|fileSha256/);
  });
});

describe('what is stored', () => {
  it('returns an uploaded photo from storage without its EXIF GPS position', async () => {
    const owner = await createCustomer();
    const original = await photo({ gps: true });
    expect((await sharp(original).metadata()).exif?.includes(GPS_IFD_POINTER_LE)).toBe(true);
    const { id } = await uploadPrescription({ userId: owner.id, bytes: original });
    const stored = await readPrescriptionFile({ id: owner.id, role: 'customer', ip: null, readsAnyFile: false }, id, 'view');
    const metadata = await sharp(stored.bytes).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.exif).toBeUndefined();
    expect(stored.bytes.includes(Buffer.from('PhoneCam'))).toBe(false);
  });

  it('keeps the file on disk encrypted, so it cannot be opened as an image', async () => {
    const owner = await createCustomer();
    const { id } = await uploadPrescription({ userId: owner.id, bytes: await photo() });
    const [row] = await db.select({ key: prescriptions.fileKey, storage: prescriptions.fileStorage }).from(prescriptions).where(eq(prescriptions.id, id));
    expect(row!.storage).toBe('local');
    expect(row!.key).not.toMatch(/photo|\.jpe?g$/i);
    const onDisk = await readFile(path.resolve(env.DATA_DIR, 'uploads', row!.key));
    expect(onDisk.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    await expect(sharp(onDisk).metadata()).rejects.toThrow();
  });

  it('flags the same file uploaded by another account', async () => {
    const first = await createCustomer();
    const second = await createCustomer();
    const bytes = await renderPrescription([`unique ${randomUUID()}`]);
    expect((await uploadPrescription({ userId: first.id, bytes })).flags).toEqual([]);
    expect((await uploadPrescription({ userId: first.id, bytes })).flags).toEqual([]);
    expect((await uploadPrescription({ userId: second.id, bytes })).flags).toEqual([DUPLICATE_FILE_FLAG]);
  });
});
