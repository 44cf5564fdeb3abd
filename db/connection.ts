import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { withReplicas } from 'drizzle-orm/pg-core';
import type { ReplicaHealth } from './replica-health';
import * as schema from './schema';
import { tracedSql } from './traced-sql';

export type Database = ReturnType<typeof createDatabase>['db'];

export function embeddedDatabaseUrl(port: number): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

/**
 * How the pool behaves when the server goes away. postgres.js's default backoff grows with every
 * failed connect shared by the whole pool (3^n / 100 s, up to 20 s): a six-second outage left the
 * app waiting 6-15 s more after the server was back. Here a failed connect is retried after at
 * most a quarter of a second, so the first request after a restart reconnects; while the server is
 * down each request fails at once (refused) or within CONNECT_TIMEOUT_SECONDS (unreachable host).
 */
export const CONNECT_TIMEOUT_SECONDS = 3;
const MAX_RECONNECT_DELAY_SECONDS = 0.25;
export const reconnectDelaySeconds = (failures: number) => Math.min(MAX_RECONNECT_DELAY_SECONDS, 0.02 * 2 ** failures) * (0.5 + Math.random() / 2);

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';

/**
 * Opens a connection pool. The embedded database (PGlite behind pglite-socket) multiplexes
 * badly, so it is always reached through exactly one connection.
 */
export function createDatabase(options: { url: string; embedded: boolean; poolMax?: number; applicationName?: string }) {
  const client = tracedSql(postgres(options.url, {
    max: options.embedded ? 1 : (options.poolMax ?? 10),
    onnotice: () => {},
    // PGlite has no prepared-statement cache across the multiplexer.
    prepare: !options.embedded,
    connection: { application_name: options.applicationName ?? 'medinest' },
    // The embedded database answers from this machine and may be slow to start under load.
    connect_timeout: options.embedded ? 30 : CONNECT_TIMEOUT_SECONDS,
    backoff: reconnectDelaySeconds,
    // Idle connections close after 30 s and every connection is replaced within 5-10 minutes, so a
    // pool never keeps a socket to a server that failed over, and a quiet night leaves none open.
    idle_timeout: 30,
    max_lifetime: 60 * (5 + Math.random() * 5),
  }), databaseName(options.url));
  const db = drizzle(client, { schema, casing: 'snake_case' });
  return { db, client };
}

/**
 * Drizzle's withReplicas sends select/selectDistinct/query to the replica and insert, update,
 * delete and transaction to the primary ($primary). It also sends raw `execute` to the primary,
 * since raw SQL may write; reports are read with raw SQL (the dashboard), and a reporting database
 * is only handed to code that reads, so here `execute` goes to the replica too: a write slipped
 * into one is refused by the replica (read-only) rather than landing anywhere. While `health` says
 * the replica is not answering, every read goes to the primary (db/replica-health.ts).
 */
export function reportingDatabase(primary: Database, replica: Database, health?: ReplicaHealth): Database {
  const reader = () => (!health || health.usable() ? replica : primary);
  const routed = withReplicas(primary, [replica], reader);
  return Object.assign(routed, { execute: ((...args) => reader().execute(...args)) as Database['execute'] });
}
