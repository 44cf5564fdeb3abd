import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { startUpstashBridge, type UpstashBridge } from './upstash-bridge';
import { UpstashStore } from '@/lib/kv/upstash-store';
import type { AuthDeps } from '@/lib/auth/auth-deps';

/**
 * Shared by the account integration tests: the real database from the test run, and the real
 * Redis behind the Upstash REST bridge. Emails and IPs are unique per test because Redis keys
 * outlive a run.
 */
export async function startRedisDeps(overrides: Partial<AuthDeps> = {}): Promise<{ deps: AuthDeps; bridge: UpstashBridge }> {
  const bridge = await startUpstashBridge();
  // Tests share a busy machine; the outage tests (redis-outage.test.ts) use the production deadline.
  const store = new UpstashStore({ url: bridge.url, token: bridge.token, timeoutMs: 60_000 });
  const deps: AuthDeps = {
    db,
    store,
    now: () => new Date(),
    totpKey: randomBytes(32).toString('base64'),
    appUrl: 'http://shop.test',
    ...overrides,
  };
  return { deps, bridge };
}

export const uniqueIp = () => `10.${rand()}.${rand()}.${rand()}`;
const rand = () => Math.floor(Math.random() * 250) + 1;

export async function auditActionsFor(userId: string): Promise<string[]> {
  const rows = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, userId)).orderBy(auditLog.id);
  return rows.map((r) => r.action);
}
