import 'server-only';
import { env } from '@/lib/env';
import { createDatabase, embeddedDatabaseUrl } from './connection';

type Connection = ReturnType<typeof createDatabase>;
const globalForDb = globalThis as unknown as { medinestDb?: Connection };

// One pool per process; kept on globalThis so development hot reloads do not leak connections.
const connection =
  globalForDb.medinestDb ??
  createDatabase({
    url: env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DB_PORT),
    embedded: env.embeddedDatabase,
    poolMax: env.DATABASE_POOL_MAX,
  });
globalForDb.medinestDb = connection;

export const db = connection.db;
export type { Database } from './connection';
export type Transaction = Parameters<Parameters<typeof db.transaction>[0]>[0];
