import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/auth/roles';
import { fileStore, isStorageKind } from '@/lib/storage';
import { PrescriptionNotFoundError } from './errors';
import { prescriptionIdSchema } from './validation';

/** `readsAnyFile`: the viewer holds 'prescription-files.read' with two-factor (lib/permissions). */
export type FileViewer = { id: string; role: Role; ip: string | null; readsAnyFile: boolean };
export type PrescriptionFile = { bytes: Buffer; mime: string; filename: string };

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/**
 * The decrypted file for its owner or for whoever may read every prescription file; everyone else gets "not found", so the
 * answer does not reveal that the prescription exists. Every view is written to the audit log.
 */
export async function readPrescriptionFile(viewer: FileViewer | null, rawId: string, purpose: 'view' | 'download'): Promise<PrescriptionFile> {
  const parsed = prescriptionIdSchema.safeParse(rawId);
  if (!viewer || !parsed.success) throw new PrescriptionNotFoundError();
  const [row] = await db
    .select({ id: prescriptions.id, userId: prescriptions.userId, key: prescriptions.fileKey, storage: prescriptions.fileStorage, mime: prescriptions.fileMime })
    .from(prescriptions)
    .where(eq(prescriptions.id, parsed.data));
  if (!row || (row.userId !== viewer.id && !viewer.readsAnyFile)) throw new PrescriptionNotFoundError();
  if (!isStorageKind(row.storage)) throw new Error(`Unknown storage ${row.storage}`);
  const bytes = await fileStore(row.storage).get(row.key);
  await recordAudit(db, {
    actorId: viewer.id,
    actorRole: viewer.role,
    action: purpose === 'download' ? 'prescription.file_downloaded' : 'prescription.file_viewed',
    entityType: 'prescription',
    entityId: row.id,
    ip: viewer.ip,
    details: { owner: row.userId === viewer.id },
  });
  return { bytes, mime: row.mime, filename: `prescription-${row.id.slice(0, 8)}.${EXTENSIONS[row.mime] ?? 'bin'}` };
}
