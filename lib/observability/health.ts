import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/connection';
import type { KeyValueStore } from '@/lib/kv/types';

export type HealthReport = { status: 'ok' | 'degraded'; db: 'ok' | 'down'; kv: 'ok' | 'down' };

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks each dependency independently, so a report names exactly the part that is down. */
export async function checkHealth(deps: { db: Database; kv: KeyValueStore; timeoutMs?: number }): Promise<HealthReport> {
  const timeoutMs = deps.timeoutMs ?? 2_000;
  const [db, kv] = await Promise.all([
    within(deps.db.execute(sql`select 1`), timeoutMs).then(
      () => 'ok' as const,
      () => 'down' as const,
    ),
    within(deps.kv.ping(), timeoutMs).then(
      () => 'ok' as const,
      () => 'down' as const,
    ),
  ]);
  return { status: db === 'ok' && kv === 'ok' ? 'ok' : 'degraded', db, kv };
}
