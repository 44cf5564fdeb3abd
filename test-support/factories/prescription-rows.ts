import { randomBytes } from 'node:crypto';
import { ocrStatus, prescriptions } from '@/db/schema';
import { factoryDatabase } from './database';

/**
 * A prescription row with no stored file behind it, for browser tests (which cannot call the
 * upload) that need one waiting in the queue or with its OCR at a given stage. createPrescription
 * goes through the real upload where the file matters. OCR is `failed` unless asked: no worker
 * picks up a row for a file that does not exist.
 */
export async function createPrescriptionRow(input: { userId: string; ocrStatus?: (typeof ocrStatus.enumValues)[number] }): Promise<{ id: string }> {
  const db = await factoryDatabase();
  const [row] = await db
    .insert(prescriptions)
    .values({ userId: input.userId, fileKey: `row-${randomBytes(6).toString('hex')}`, fileStorage: 'local', fileMime: 'application/pdf', fileSize: 1, fileSha256: 'x', ocrStatus: input.ocrStatus ?? 'failed' })
    .returning({ id: prescriptions.id });
  return row!;
}
