import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createDatabase, embeddedDatabaseUrl, type Database } from '@/db/connection';
import { startEmbeddedDatabase } from '@/db/embedded';
import { applyMigrations } from '@/db/migrate';

/**
 * Fresh databases for tests: on a real server (DATABASE_URL) a new database is created beside the
 * one named; without one, a new embedded PGlite in a temporary folder.
 */
export type ScratchDatabase = {
  db: Database;
  /** The URL other processes use to reach it. */
  url: string;
  embedded: boolean;
  /** For the embedded database: the port it listens on. */
  port?: number;
  /** Ends this process's connection; an embedded server accepts one connection at a time. */
  release: () => Promise<void>;
  drop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function refuseRemoteServer(url: URL): void {
  // Tests create and drop databases: never point them at anything but this machine.
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(url.hostname)) {
    throw new Error(`Refusing to create test databases on ${url.hostname}; tests only run against a local PostgreSQL.`);
  }
}

export async function createScratchDatabase(
  options: { serverUrl?: string; prefix?: string; migrate?: boolean; embedded?: boolean } = {},
): Promise<ScratchDatabase> {
  const serverUrl = options.embedded ? undefined : (options.serverUrl ?? process.env.TEST_SERVER_URL ?? process.env.DATABASE_URL);
  const migrate = options.migrate ?? true;
  if (serverUrl) {
    const admin = new URL(serverUrl);
    refuseRemoteServer(admin);
    const name = `${options.prefix ?? 'medinest_test'}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const control = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await control.unsafe(`create database "${name}"`);
    await control.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const { db, client } = createDatabase({ url: url.toString(), embedded: false, poolMax: 10 });
    if (migrate) await applyMigrations(db);
    return {
      db,
      url: url.toString(),
      embedded: false,
      release: () => client.end({ timeout: 5 }),
      async drop() {
        await client.end({ timeout: 5 });
        const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
        await dropper.end();
      },
    };
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-pglite-'));
  const port = await freePort();
  const server = await startEmbeddedDatabase({ dataDir, port });
  const url = embeddedDatabaseUrl(port);
  const { db, client } = createDatabase({ url, embedded: true });
  if (migrate) await applyMigrations(db);
  return {
    db,
    url,
    embedded: true,
    port,
    release: () => client.end({ timeout: 5 }),
    async drop() {
      await client.end({ timeout: 5 });
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
