import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { apiIdempotencyKeys } from '@/db/schema';
import { claimIdempotencyKey, pruneIdempotencyKeys } from '@/lib/api/idempotency';
import { env } from '@/lib/env';
import { createUser } from '@/test-support/factories/users';
import { GET, POST } from './route';

const call = (handler: typeof GET, authorization?: string) =>
  handler(new Request('http://localhost/api/cron/prune-idempotency-keys', { method: handler === GET ? 'GET' : 'POST', headers: authorization ? { authorization } : {} }));
const keysOf = (userId: string) => db.select({ key: apiIdempotencyKeys.key }).from(apiIdempotencyKeys).where(eq(apiIdempotencyKeys.userId, userId)).orderBy(apiIdempotencyKeys.key);

describe('/api/cron/prune-idempotency-keys', () => {
  it('refuses a missing or wrong secret, then forgets keys older than a day and keeps the rest', async () => {
    const user = await createUser();
    await claimIdempotencyKey(user.id, 'old-key', { lines: [1] });
    await claimIdempotencyKey(user.id, 'fresh-key', { lines: [2] });
    await db.update(apiIdempotencyKeys).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(apiIdempotencyKeys.key, 'old-key'));

    expect((await call(POST)).status).toBe(401);
    expect((await call(GET, 'Bearer not-the-secret')).status).toBe(401);
    expect(await keysOf(user.id)).toHaveLength(2);

    const response = await call(GET, `Bearer ${env.CRON_SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ complete: true });
    expect(await keysOf(user.id)).toEqual([{ key: 'fresh-key' }]);
  });

  it('two runs at once share the batches and delete each row once', async () => {
    const user = await createUser();
    await db.insert(apiIdempotencyKeys).values(Array.from({ length: 250 }, (_, i) => ({ userId: user.id, key: `k-${i}`, requestHash: 'x', createdAt: new Date(Date.now() - 48 * 3600_000) })));
    const [a, b] = await Promise.all([pruneIdempotencyKeys(db, { batchSize: 50 }), pruneIdempotencyKeys(db, { batchSize: 50 })]);
    expect(a.deleted + b.deleted).toBe(250);
    expect(await keysOf(user.id)).toEqual([]);
  });
});
