import 'server-only';
import { inArray, lt, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { sessions } from '@/db/schema';

/** Ended sessions stay this long (the account's recent sign-outs, an incident review), then go. */
export const ENDED_SESSION_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;

export type PruneReport = { deleted: number; batches: number; complete: boolean };

/**
 * Deletes session rows that expired or were revoked more than `retentionDays` ago, `batchSize`
 * rows per statement so no delete holds many locks or a long transaction; at most `maxBatches`
 * per run (`complete: false` says more remain for the next run). SKIP LOCKED lets two runs at
 * once share the work instead of waiting on each other.
 */
export async function pruneEndedSessions(
  db: Database,
  { now = new Date(), retentionDays = ENDED_SESSION_RETENTION_DAYS, batchSize = 1000, maxBatches = 100 } = {},
): Promise<PruneReport> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const report: PruneReport = { deleted: 0, batches: 0, complete: false };
  while (report.batches < maxBatches) {
    const batch = db
      .select({ id: sessions.id })
      .from(sessions)
      .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    const deleted = await db.delete(sessions).where(inArray(sessions.id, batch)).returning({ id: sessions.id });
    report.batches += 1;
    report.deleted += deleted.length;
    if (deleted.length < batchSize) {
      report.complete = true;
      break;
    }
  }
  return report;
}
