import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { apiIdempotencyKeys } from '@/db/schema';
import { pruneInBatches, type PruneOptions, type PruneReport } from '@/db/prune-in-batches';
import { ApiProblem } from './problem';

const KEY = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The Idempotency-Key header, required; a missing or malformed one is a 400. */
export function idempotencyKeyOf(request: Request): string {
  const parsed = KEY.safeParse(request.headers.get('idempotency-key')?.trim());
  if (!parsed.success) {
    throw new ApiProblem('invalid-request', 'Send an Idempotency-Key header (1–64 characters: letters, digits, - and _), one per checkout attempt.', {
      errors: { 'Idempotency-Key': ['Required: 1–64 characters of A–Z, a–z, 0–9, - and _'] },
    });
  }
  return parsed.data;
}

/**
 * Binds a key to the request it first came with. The same key and body may be sent again (a
 * retry after a lost answer); the same key with another body is a client bug, refused with 422
 * rather than answered with an order for something else. The key's order itself is found by
 * placeOrder's own checkout key, which serialises concurrent twins per account.
 */
export async function claimIdempotencyKey(userId: string, key: string, body: unknown): Promise<void> {
  const requestHash = createHash('sha256').update(canonicalJson(body)).digest('hex');
  await db.insert(apiIdempotencyKeys).values({ userId, key, requestHash }).onConflictDoNothing();
  const [row] = await db
    .select({ requestHash: apiIdempotencyKeys.requestHash })
    .from(apiIdempotencyKeys)
    .where(and(eq(apiIdempotencyKeys.userId, userId), eq(apiIdempotencyKeys.key, key)));
  if (row && row.requestHash !== requestHash) {
    throw new ApiProblem('unprocessable', 'This Idempotency-Key was already used with a different request. Use a new key for a new checkout.', {
      errors: { 'Idempotency-Key': ['Already used with a different body'] },
    });
  }
}

/** The checkout key placeOrder stores: its own namespace, so no page checkout can collide with it. */
export function checkoutKeyFor(idempotencyKey: string): string {
  return `api-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * How long a key is remembered with its request: long past any client's retries. Pruning it is
 * safe: the order a key placed is still found by placeOrder's checkout key, which never expires.
 */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24;

/** Forgets keys older than the retention, in batches (db/prune-in-batches.ts). */
export function pruneIdempotencyKeys(database: Database, options: PruneOptions = {}): Promise<PruneReport> {
  return pruneInBatches(async (batchSize) => {
    const rows = await database.execute<{ user_id: string }>(sql`
      delete from api_idempotency_keys where (user_id, key) in (
        select user_id, key from api_idempotency_keys
        where created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_RETENTION_HOURS})
        limit ${batchSize} for update skip locked)
      returning user_id`);
    return rows.length;
  }, options);
}
