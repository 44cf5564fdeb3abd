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

/** Another live process owns the folder: scripts print this message, not a stack. */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(folder: string, owner: number) {
    super(`The embedded database in ${folder} is already in use by process ${owner} (another npm run dev or npm start on the same DATA_DIR?). Stop that process first, use another DATA_DIR, or set DATABASE_URL.`);
    this.name = 'EmbeddedDatabaseInUseError';
  }
}

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
      throw new EmbeddedDatabaseInUseError(path.dirname(lockFile), owner);
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

/**
 * Opens the embedded database's folder in this process for maintenance (a backup, a restore) with
 * no server in front of it, holding the same lock a server would; refuses while a server owns it.
 * `loadDataDir` fills an empty folder from a PGlite dump (`dumpDataDir`).
 */
export async function withEmbeddedDataFolder<T>(dataDir: string, work: (pglite: PGlite) => Promise<T>, options: { loadDataDir?: Blob } = {}): Promise<T> {
  const folder = path.resolve(dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  const lockFile = path.join(path.resolve(dataDir), 'pglite.lock');
  takeLock(lockFile);
  try {
    const pglite = await PGlite.create({ dataDir: folder, extensions: { pg_trgm }, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
    try {
      return await work(pglite);
    } finally {
      await pglite.close();
    }
  } finally {
    rmSync(lockFile, { force: true });
  }
}
