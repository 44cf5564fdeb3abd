import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { resolvePatientId } from '@/lib/patients/patients';
import { defaultFileStore, type FileStore } from '@/lib/storage';
import { checkPrescriptionFile } from './file-check';

export const DUPLICATE_FILE_FLAG = 'same_file_other_account';

export type UploadedPrescription = { id: string; flags: string[] };

/**
 * Checks the file, stores the cleaned image (one per page of a PDF) under generated keys and records
 * the prescription as pending with OCR queued. OCR itself runs later (ocr-jobs.ts), never in the upload request.
 * Throws FileRefusedError with a message fit for the shopper, or PatientNotFoundError for a patient
 * that is not the account's own.
 */
export async function uploadPrescription(
  input: { userId: string; bytes: Buffer; /** The account's own patient; none means "self". */ patientId?: string | null },
  deps: { database?: Database; store?: FileStore } = {},
): Promise<UploadedPrescription> {
  const database = deps.database ?? db;
  const store = deps.store ?? defaultFileStore();
  const patientId = await resolvePatientId(database, input.userId, input.patientId);
  const file = await checkPrescriptionFile(input.bytes);
  const keys: string[] = [];
  try {
    for (const page of file.pages) keys.push(await store.put(page.bytes, { contentType: file.mime, extension: file.extension }));
    // The same file from another account is how a prescription gets passed around: tell the pharmacist.
    const [other] = await database
      .select({ id: prescriptions.id })
      .from(prescriptions)
      .where(and(eq(prescriptions.fileSha256, file.sha256), ne(prescriptions.userId, input.userId)))
      .limit(1);
    const flags = other ? [DUPLICATE_FILE_FLAG] : [];
    const [row] = await database
      .insert(prescriptions)
      .values({
        userId: input.userId,
        patientId,
        fileKey: keys[0]!,
        extraPageKeys: keys.slice(1),
        fileStorage: store.kind,
        fileMime: file.mime,
        fileSize: file.pages.reduce((total, page) => total + page.bytes.length, 0),
        fileSha256: file.sha256,
        flags: sql`${JSON.stringify(flags)}::jsonb`,
      })
      .returning({ id: prescriptions.id });
    return { id: row!.id, flags };
  } catch (error) {
    await Promise.all(keys.map((key) => store.delete(key).catch(() => {})));
    throw error;
  }
}
