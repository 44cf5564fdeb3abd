import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pruneInBatches, type PruneOptions, type PruneReport } from '@/db/prune-in-batches';

/**
 * How long a finished delivery stays in its endpoint's delivery log, to be read and replayed.
 * Receivers deduplicate on the random `webhook-id`, so forgetting an old delivery changes nothing
 * they see.
 */
export const WEBHOOK_DELIVERY_RETENTION_DAYS = 30;

/**
 * Deletes delivered and given-up deliveries finished more than the retention ago, in batches
 * (db/prune-in-batches.ts). A given-up row has no finish time of its own; its
 * `next_attempt_at` is the retry it never got, within hours of its last attempt. A replay makes a
 * row pending again, so it is kept until it finishes anew.
 */
export function pruneWebhookDeliveries(database: Database, options: PruneOptions = {}): Promise<PruneReport> {
  return pruneInBatches(async (batchSize) => {
    const rows = await database.execute<{ id: string }>(sql`
      delete from webhook_deliveries where id in (
        select id from webhook_deliveries
        where (state = 'delivered' and delivered_at < now() - make_interval(days => ${WEBHOOK_DELIVERY_RETENTION_DAYS}))
           or (state = 'failed' and next_attempt_at < now() - make_interval(days => ${WEBHOOK_DELIVERY_RETENTION_DAYS}))
        limit ${batchSize} for update skip locked)
      returning id`);
    return rows.length;
  }, options);
}
