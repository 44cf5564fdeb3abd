import { execFile } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './test-database';

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl), so a test can stop and start a real
 * server, or stream a real replica from it, without touching the shared one. Durability is off
 * (fsync, --no-sync): these clusters live for seconds. As root, the server runs as `postgres`
 * (initdb refuses root), like the machine's own cluster.
 */
export type PostgresCluster = {
  port: number;
  dataDir: string;
  /** A connection URL for the `postgres` superuser (trust auth). */
  url(database?: string): string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it (if running) and deletes its files. */
  destroy(): Promise<void>;
};

const run = promisify(execFile);
const BIN_DIR = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

function binary(name: string): string {
  const file = path.join(BIN_DIR, name);
  if (!existsSync(file)) {
    throw new Error(`PostgreSQL server binary ${file} not found: install the server (apt-get install postgresql-15) or set PG_BIN_DIR to the folder holding initdb, pg_ctl and pg_basebackup.`);
  }
  return file;
}

async function pg(name: string, args: string[], timeoutMs = 60_000): Promise<void> {
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary(name), ...args]] : [binary(name), args];
  try {
    await run(command, argv, { timeout: timeoutMs });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${String(stderr || stdout || error).trim()}`);
  }
}

let postgresUser: { uid: number; gid: number } | undefined;
async function ownedByPostgres(dir: string): Promise<void> {
  if (!asRoot) return;
  if (!postgresUser) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
    postgresUser = { uid: await id('-u'), gid: await id('-g') };
  }
  chownSync(dir, postgresUser.uid, postgresUser.gid);
}

/** A folder the server user may write in, holding the data folder(s) and logs. */
async function clusterHome(): Promise<string> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'medinest-pg-'));
  chmodSync(home, 0o755);
  await ownedByPostgres(home);
  return home;
}

function configure(dataDir: string, port: number): void {
  appendFileSync(
    path.join(dataDir, 'postgresql.conf'),
    [
      '',
      '# test cluster (test-support/postgres-cluster.ts); later lines win',
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dataDir}'`,
      'wal_level = replica',
      'max_wal_senders = 4',
      'hot_standby = on',
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 60',
      '',
    ].join('\n'),
  );
}

function cluster(home: string, dataDir: string, port: number): PostgresCluster {
  const log = path.join(home, `${path.basename(dataDir)}.log`);
  let running = true;
  const withLog = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
      throw new Error(`${(error as Error).message}\n--- ${log} ---\n${tail}`);
    }
  };
  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await withLog(() => pg('pg_ctl', ['-D', dataDir, '-l', log, '-w', '-t', '30', 'start']));
      running = true;
    },
    async stop() {
      await withLog(() => pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']));
      running = false;
    },
    async destroy() {
      if (running) await pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop']).catch(() => {});
      running = false;
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** initdb + start: a primary that accepts replication connections from 127.0.0.1. */
export async function startPostgresCluster(options: { port?: number } = {}): Promise<PostgresCluster> {
  const port = options.port ?? (await freePort());
  const home = await clusterHome();
  const dataDir = path.join(home, 'primary');
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  configure(dataDir, port);
  appendFileSync(path.join(dataDir, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
  const primary = cluster(home, dataDir, port);
  try {
    await primary.start();
  } catch (error) {
    await primary.destroy();
    throw error;
  }
  return primary;
}

/**
 * A streaming replica of `primary`: pg_basebackup -R (which writes primary_conninfo and
 * standby.signal) into a second cluster, started read-only on its own port.
 */
export async function startStreamingReplica(primary: PostgresCluster, options: { port?: number } = {}): Promise<PostgresCluster> {
  const port = options.port ?? (await freePort());
  const home = await clusterHome();
  const dataDir = path.join(home, 'replica');
  const replica = cluster(home, dataDir, port);
  try {
    await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    // The copied postgresql.conf carries the primary's port and socket folder; these lines win.
    configure(dataDir, port);
    await replica.start();
  } catch (error) {
    await replica.destroy();
    throw error;
  }
  return replica;
}
