import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { startUpstashBridge, type UpstashBridge } from './upstash-bridge';
import { UpstashStore } from '@/lib/kv/upstash-store';
import type { AuthDeps } from '@/lib/auth/auth-deps';
import { hashPassword } from '@/lib/auth/password';

/**
 * Shared by the account integration tests: the real database from the test run, and the real
 * Redis behind the Upstash REST bridge. Emails and IPs are unique per test because Redis keys
 * outlive a run.
 */
export async function startRedisDeps(overrides: Partial<AuthDeps> = {}): Promise<{ deps: AuthDeps; bridge: UpstashBridge }> {
  const bridge = await startUpstashBridge();
  const store = new UpstashStore({ url: bridge.url, token: bridge.token });
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

export const uniqueEmail = (tag = 'user') => `${tag}-${randomUUID().slice(0, 8)}@example.com`;
export const uniqueIp = () => `10.${rand()}.${rand()}.${rand()}`;
const rand = () => Math.floor(Math.random() * 250) + 1;

export async function createTestUser(options: { role?: 'customer' | 'pharmacist' | 'admin'; password?: string; email?: string } = {}) {
  const password = options.password ?? 'Correct-Horse-Battery-9';
  const [row] = await db
    .insert(users)
    .values({ email: options.email ?? uniqueEmail(options.role ?? 'customer'), name: 'Test Person', phone: '9841000000', passwordHash: await hashPassword(password), role: options.role ?? 'customer' })
    .returning({ id: users.id, email: users.email, role: users.role });
  return { ...row!, password };
}

export async function auditActionsFor(userId: string): Promise<string[]> {
  const rows = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, userId)).orderBy(auditLog.id);
  return rows.map((r) => r.action);
}
