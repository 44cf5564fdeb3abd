import 'server-only';
import { inArray, lt, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { sessions } from '@/db/schema';
import { pruneInBatches, type PruneOptions, type PruneReport } from '@/db/prune-in-batches';

/** Ended sessions stay this long (the account's recent sign-outs, an incident review), then go. */
export const ENDED_SESSION_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;

/** Deletes session rows that expired or were revoked more than `retentionDays` ago, in batches (db/prune-in-batches.ts). */
export function pruneEndedSessions(db: Database, { now = new Date(), retentionDays = ENDED_SESSION_RETENTION_DAYS, ...batches }: PruneOptions & { now?: Date; retentionDays?: number } = {}): Promise<PruneReport> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return pruneInBatches(async (batchSize) => {
    const batch = db
      .select({ id: sessions.id })
      .from(sessions)
      .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    const deleted = await db.delete(sessions).where(inArray(sessions.id, batch)).returning({ id: sessions.id });
    return deleted.length;
  }, batches);
}
