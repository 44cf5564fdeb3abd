import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { SessionAwareQueue } from './embedded-queue';

/**
 * The embedded database: PGlite stored in `<dataDir>/pglite`, served over the Postgres wire
 * protocol on 127.0.0.1 so every process uses the same driver. Two processes opening the same
 * folder would silently lose data, so a lock file names the owning process.
 *
 * Several processes may connect (the app, a seed script, tests); SessionAwareQueue keeps each
 * client's batch and transaction together on PGlite's single session. Each client still uses a
 * one-connection pool: a transaction holds the whole database until it ends.
 */
const MAX_CONNECTIONS = 16;

export type EmbeddedDatabase = { port: number; stop: () => Promise<void> };

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function takeLock(lockFile: string): void {
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, 'utf8'));
    if (owner && owner !== process.pid && processAlive(owner)) {
      throw new Error(`The embedded database in ${path.dirname(lockFile)} is already owned by process ${owner}. Stop it first, or set DATABASE_URL.`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

export async function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const folder = path.resolve(options.dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  const lockFile = path.join(path.resolve(options.dataDir), 'pglite.lock');
  takeLock(lockFile);

  const pglite = await PGlite.create({ dataDir: folder, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db: pglite, port: options.port, host: '127.0.0.1', maxConnections: MAX_CONNECTIONS });
  // The library's queue interleaves clients' statements; ours keeps each client's batch whole.
  (server as unknown as { queryQueue: SessionAwareQueue }).queryQueue = new SessionAwareQueue(pglite);
  await server.start();

  let stopped = false;
  return {
    port: options.port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
      rmSync(lockFile, { force: true });
    },
  };
}
