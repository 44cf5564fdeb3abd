import 'server-only';
import { env } from '@/lib/env';
import { createDatabase, embeddedDatabaseUrl, reportingDatabase } from './connection';
import { ReplicaHealth } from './replica-health';

type Connection = ReturnType<typeof createDatabase>;
type Connections = { primary: Connection; replica?: Connection; replicaHealth?: ReplicaHealth };
const globalForDb = globalThis as unknown as { medinestDb?: Connections };

// One pool per server per process; kept on globalThis so development hot reloads do not leak connections.
const connections: Connections = (globalForDb.medinestDb ??= {
  primary: createDatabase({
    url: env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DB_PORT),
    embedded: env.embeddedDatabase,
    poolMax: env.DATABASE_POOL_MAX,
  }),
  replica: env.DATABASE_REPLICA_URL
    ? createDatabase({ url: env.DATABASE_REPLICA_URL, embedded: false, poolMax: env.DATABASE_POOL_MAX, applicationName: 'medinest-reporting' })
    : undefined,
});
connections.replicaHealth ??= connections.replica && replicaHealthOf(connections.replica);

function replicaHealthOf(replica: Connection): ReplicaHealth {
  return new ReplicaHealth(() => replica.client`select 1`, { onChange: (usable, reason) => replicaListeners.forEach((listener) => listener(usable, reason)) });
}

type ReplicaListener = (usable: boolean, reason?: unknown) => void;
const replicaListeners = new Set<ReplicaListener>();
/** Called when report reads move off the replica (it stopped answering) or back to it; for the log. */
export function onReplicaHealthChange(listener: ReplicaListener): void {
  replicaListeners.add(listener);
}

/** The primary: every write, and every read that must see the latest write (carts, checkout, stock, sign-in, admin lists). */
export const db = connections.primary.db;

/**
 * For reports that may lag the primary by a moment: the dashboard, CSV exports and the audit list.
 * With DATABASE_REPLICA_URL set their reads go to the streaming replica; without it this is `db`.
 * Only code that reads figures nobody has just changed belongs here. While the replica does not
 * answer, these reads go to the primary.
 */
export const reportingDb = connections.replica ? reportingDatabase(connections.primary.db, connections.replica.db, connections.replicaHealth) : db;

export type { Database } from './connection';
export type Transaction = Parameters<Parameters<typeof db.transaction>[0]>[0];
