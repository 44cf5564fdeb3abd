import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from './schema';

export type Database = ReturnType<typeof createDatabase>['db'];

export function embeddedDatabaseUrl(port: number): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

/**
 * Opens a connection pool. The embedded database (PGlite behind pglite-socket) multiplexes
 * badly, so it is always reached through exactly one connection.
 */
export function createDatabase(options: { url: string; embedded: boolean; poolMax?: number }) {
  const client = postgres(options.url, {
    max: options.embedded ? 1 : (options.poolMax ?? 10),
    onnotice: () => {},
    // PGlite has no prepared-statement cache across the multiplexer.
    prepare: !options.embedded,
    connection: { application_name: 'medinest' },
  });
  const db = drizzle(client, { schema, casing: 'snake_case' });
  return { db, client };
}
