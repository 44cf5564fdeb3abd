import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { prescriptions } from '@/db/schema';

/** What the prescription page polls while OCR runs: only whether reading has finished. */
export type ReadingProgress = { reading: boolean; ocrStatus: 'queued' | 'running' | 'done' | 'failed' };

/** The shopper's own prescription only; null for someone else's (the route answers 404). */
export async function readingProgress(userId: string, prescriptionId: string, database: Database = db): Promise<ReadingProgress | null> {
  const [row] = await database
    .select({ ocrStatus: prescriptions.ocrStatus })
    .from(prescriptions)
    .where(and(eq(prescriptions.id, prescriptionId), eq(prescriptions.userId, userId)));
  if (!row) return null;
  return { reading: row.ocrStatus === 'queued' || row.ocrStatus === 'running', ocrStatus: row.ocrStatus };
}
