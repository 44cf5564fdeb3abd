import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/auth/roles';
import { fileStore, isStorageKind } from '@/lib/storage';
import { PrescriptionNotFoundError } from './errors';
import { pdfAsPageImages, PDF_PAGE_MIME } from './file-check';
import { prescriptionIdSchema } from './validation';

/** `readsAnyFile`: the viewer holds 'prescription-files.read' with two-factor (lib/permissions). */
export type FileViewer = { id: string; role: Role; ip: string | null; readsAnyFile: boolean };
export type PrescriptionFile = { bytes: Buffer; mime: string; filename: string };

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** Rows stored before PDFs were turned into images on upload: their pages are drawn on every read. */
async function legacyPdfPage(bytes: Buffer, page: number): Promise<{ bytes: Buffer; mime: string }> {
  const pages = await pdfAsPageImages(bytes).catch(() => []);
  const image = pages[page - 1];
  if (!image) throw new PrescriptionNotFoundError();
  return { bytes: image.bytes, mime: PDF_PAGE_MIME };
}

/**
 * One page image of the prescription (page 1 for a photo) for its owner or for whoever may read
 * every prescription file (lib/permissions);
 * everyone else gets "not found", so the answer does not reveal that the prescription exists.
 * Always an image: a PDF is never served. Every view is written to the audit log.
 */
export async function readPrescriptionFile(viewer: FileViewer | null, rawId: string, purpose: 'view' | 'download', page = 1): Promise<PrescriptionFile> {
  const parsed = prescriptionIdSchema.safeParse(rawId);
  if (!viewer || !parsed.success || !Number.isInteger(page) || page < 1) throw new PrescriptionNotFoundError();
  const [row] = await db
    .select({
      id: prescriptions.id,
      userId: prescriptions.userId,
      key: prescriptions.fileKey,
      extraPageKeys: prescriptions.extraPageKeys,
      storage: prescriptions.fileStorage,
      mime: prescriptions.fileMime,
    })
    .from(prescriptions)
    .where(eq(prescriptions.id, parsed.data));
  if (!row || (row.userId !== viewer.id && !viewer.readsAnyFile)) throw new PrescriptionNotFoundError();
  if (!isStorageKind(row.storage)) throw new Error(`Unknown storage ${row.storage}`);
  const legacyPdf = row.mime === 'application/pdf';
  const key = legacyPdf ? row.key : [row.key, ...row.extraPageKeys][page - 1];
  if (!key) throw new PrescriptionNotFoundError();
  const stored = await fileStore(row.storage).get(key);
  const file = legacyPdf ? await legacyPdfPage(stored, page) : { bytes: stored, mime: row.mime };
  await recordAudit(db, {
    actorId: viewer.id,
    actorRole: viewer.role,
    action: purpose === 'download' ? 'prescription.file_downloaded' : 'prescription.file_viewed',
    entityType: 'prescription',
    entityId: row.id,
    ip: viewer.ip,
    details: { owner: row.userId === viewer.id, page },
  });
  const suffix = page > 1 ? `-page-${page}` : '';
  return { ...file, filename: `prescription-${row.id.slice(0, 8)}${suffix}.${EXTENSIONS[file.mime] ?? 'bin'}` };
}
