import 'server-only';

export type PruneReport = { deleted: number; batches: number; complete: boolean };
export type PruneOptions = { batchSize?: number; maxBatches?: number };

/**
 * Runs `deleteBatch` (one DELETE of at most `batchSize` rows picked FOR UPDATE SKIP LOCKED, answering
 * how many went) until a batch comes back short, at most `maxBatches` times: no statement holds many
 * locks or a long transaction, two runs at once share the work instead of waiting on each other, and
 * `complete: false` says more remain for the next run.
 */
export async function pruneInBatches(deleteBatch: (batchSize: number) => Promise<number>, { batchSize = 1000, maxBatches = 100 }: PruneOptions = {}): Promise<PruneReport> {
  const report: PruneReport = { deleted: 0, batches: 0, complete: false };
  while (report.batches < maxBatches) {
    const deleted = await deleteBatch(batchSize);
    report.batches += 1;
    report.deleted += deleted;
    if (deleted < batchSize) {
      report.complete = true;
      break;
    }
  }
  return report;
}
