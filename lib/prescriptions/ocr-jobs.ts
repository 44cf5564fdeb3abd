import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { extractHints } from '@/lib/ocr/hints';
import { matchMedicineLines } from '@/lib/ocr/match-products';
import { ocrEngine, type OcrEngine, type OcrResult } from '@/lib/ocr';
import { logger } from '@/lib/observability/logger';
import { fileStore, isStorageKind } from '@/lib/storage';
import { pdfAsPageImages } from './file-check';

/** What the review page and the shopper page read from `ocr_hints`. */
export type StoredHints = ReturnType<typeof extractHints> & { medicines: Awaited<ReturnType<typeof matchMedicineLines>> };

// A job left `running` this long belongs to a process that died; it is claimed again.
const STALE_AFTER = sql`interval '10 minutes'`;

type Claimed = { id: string; file_key: string; extra_page_keys: string[]; file_storage: string; file_mime: string };

/** Claims one queued prescription; SKIP LOCKED lets several workers drain the queue side by side. */
async function claimNext(database: Database, only?: readonly string[]): Promise<Claimed | null> {
  const within = only ? sql`and id in (${sql.join(only.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const rows = (await database.execute(sql`
    update prescriptions set ocr_status = 'running', updated_at = now()
    where id = (
      select id from prescriptions
      where (ocr_status = 'queued' or (ocr_status = 'running' and updated_at < now() - ${STALE_AFTER})) ${within}
      order by created_at
      for update skip locked
      limit 1
    )
    returning id, file_key, extra_page_keys, file_storage, file_mime`)) as unknown as Claimed[];
  return rows[0] ?? null;
}

/** The images to read: one per page. A PDF stored before uploads became images is drawn here. */
async function pageImages(job: Claimed): Promise<Buffer[]> {
  if (!isStorageKind(job.file_storage)) throw new Error(`Unknown storage ${job.file_storage}`);
  const store = fileStore(job.file_storage);
  if (job.file_mime === 'application/pdf') return (await pdfAsPageImages(await store.get(job.file_key))).map((page) => page.bytes);
  const images: Buffer[] = [];
  for (const key of [job.file_key, ...(job.extra_page_keys ?? [])]) images.push(await store.get(key));
  return images;
}

/** Pages are read one after another and their text joined; confidence is the pages' average. */
async function readPages(images: Buffer[], engine: OcrEngine): Promise<OcrResult> {
  const results: OcrResult[] = [];
  for (const image of images) results.push(await engine.recognize(image));
  if (results.length === 1) return results[0]!;
  const confidences = results.map((r) => r.confidence).filter((c): c is number => c !== null);
  return {
    text: results.map((r) => r.text.trim()).join('\n\n'),
    confidence: confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : null,
    engine: results[0]?.engine ?? engine.name,
  };
}

async function readOne(database: Database, job: Claimed, engine: OcrEngine): Promise<void> {
  try {
    const result = await readPages(await pageImages(job), engine);
    const hints = extractHints(result.text);
    const medicines = await matchMedicineLines(database, hints.medicineLines);
    const stored: StoredHints = { ...hints, medicines };
    await database
      .update(prescriptions)
      .set({
        ocrStatus: 'done',
        ocrText: result.text,
        ocrConfidence: result.confidence,
        ocrEngine: result.engine,
        ocrHints: stored,
        ocrError: null,
        updatedAt: sql`now()`,
      })
      .where(eq(prescriptions.id, job.id));
  } catch (error) {
    // OCR failing never blocks review: the pharmacist still has the image.
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ prescriptionId: job.id, err: message }, 'prescription OCR failed');
    await database
      .update(prescriptions)
      .set({ ocrStatus: 'failed', ocrError: message.slice(0, 500), ocrEngine: engine.name, updatedAt: sql`now()` })
      .where(eq(prescriptions.id, job.id));
  }
}

let draining: Promise<number> | null = null;

/**
 * Reads queued prescriptions one at a time until the queue is empty or `limit` is reached.
 * Within one process a second call joins the drain already running instead of competing for CPU.
 */
export function processOcrQueue(
  options: { limit?: number; database?: Database; engine?: OcrEngine; /** Only these prescriptions (a re-run, a test). */ only?: readonly string[] } = {},
): Promise<number> {
  if (options.only) return drain(options.database ?? db, options.limit ?? 10, options.engine, options.only);
  if (draining) return draining;
  draining = drain(options.database ?? db, options.limit ?? 10, options.engine).finally(() => {
    draining = null;
  });
  return draining;
}

async function drain(database: Database, limit: number, engine?: OcrEngine, only?: readonly string[]): Promise<number> {
  let done = 0;
  while (done < limit) {
    const job = await claimNext(database, only);
    if (!job) break;
    await readOne(database, job, engine ?? ocrEngine());
    done += 1;
  }
  return done;
}
