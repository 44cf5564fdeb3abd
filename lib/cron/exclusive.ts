import 'server-only';
import type { Database } from '@/db/client';

export type ExclusiveOutcome<T> = { ran: true; value: T } | { ran: false };

// Runs under way in this process, for the embedded database (one process's, so this is all of them).
const runningHere = new Set<string>();

/**
 * Runs `work` unless another run of `name` is under way, on this instance or another: then it
 * returns `{ ran: false }` at once. On a PostgreSQL server a session-level advisory lock, held
 * on one reserved connection for the run, decides; the server drops it when the run ends or the
 * connection dies, so a crashed instance never leaves a job locked. The embedded database is one
 * session shared by every client (an advisory lock would be granted to all of them), and only one
 * process serves it, so there an in-process guard is the whole answer.
 */
export async function runExclusively<T>(name: string, options: { database: Database; embedded: boolean }, work: () => Promise<T>): Promise<ExclusiveOutcome<T>> {
  if (options.embedded) {
    if (runningHere.has(name)) return { ran: false };
    runningHere.add(name);
    try {
      return { ran: true, value: await work() };
    } finally {
      runningHere.delete(name);
    }
  }

  const key = `medinest:job:${name}`;
  const reserved = await options.database.$client.reserve();
  try {
    const [row] = await reserved<{ locked: boolean }[]>`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as locked`;
    if (!row?.locked) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      await reserved`select pg_advisory_unlock(hashtextextended(${key}, 0))`;
    }
  } finally {
    reserved.release();
  }
}
