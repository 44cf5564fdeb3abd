import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import postgres from 'postgres';
import { BackupRefusedError } from './errors';

/**
 * pg_dump and pg_restore for a PostgreSQL server. They must be at least the server's major
 * version: POSTGRES_BIN_DIR, else the PATH, else the newest /usr/lib/postgresql/<n>/bin (Debian).
 */
export function postgresTool(name: 'pg_dump' | 'pg_restore', binDir?: string): string {
  if (binDir) return path.join(binDir, name);
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (existsSync(path.join(debian, version, 'bin', name))) return path.join(debian, version, 'bin', name);
  }
  throw new BackupRefusedError(`${name} was not found: install the PostgreSQL client tools (apt-get install -y postgresql-client) or set POSTGRES_BIN_DIR.`);
}

/** The URL without its password (which goes in PGPASSWORD), so it never shows in a process list. */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function failureOf(child: ChildProcess, name: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new BackupRefusedError(`${name} could not start: ${error.message}`)));
    child.once('close', (code) => (code === 0 ? resolve() : reject(new BackupRefusedError(`${name} failed (exit ${code}):\n${stderr.trim()}`))));
  });
}

/** Streams `pg_dump --format=custom`; throws after the last chunk if pg_dump failed. */
export async function* pgDump(url: string, binDir?: string): AsyncGenerator<Buffer> {
  const { dbname, env } = connectionFor(url);
  const child = spawn(postgresTool('pg_dump', binDir), ['--format=custom', '--no-owner', '--no-privileges', `--dbname=${dbname}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const finished = failureOf(child, 'pg_dump');
  finished.catch(() => {});
  for await (const chunk of child.stdout!) yield chunk as Buffer;
  await finished;
}

/** Feeds a custom-format dump to pg_restore in one transaction: a failed restore leaves nothing. */
export async function pgRestore(url: string, dump: AsyncIterable<Buffer>, binDir?: string): Promise<void> {
  const { dbname, env } = connectionFor(url);
  const child = spawn(postgresTool('pg_restore', binDir), ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`], { env, stdio: ['pipe', 'ignore', 'pipe'] });
  const finished = failureOf(child, 'pg_restore');
  finished.catch(() => {});
  const stdin = child.stdin!;
  stdin.on('error', () => {}); // pg_restore stopping early is reported by its exit code.
  for await (const chunk of dump) {
    if (child.exitCode !== null) break;
    if (!stdin.write(chunk)) await Promise.race([once(stdin, 'drain'), finished.catch(() => {})]);
  }
  stdin.end();
  await finished;
}

/** Relations outside the system schemas: a database with any is not a fresh target. */
export async function relationCount(url: string): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await client<{ count: number }[]>`
      select count(*)::int as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'`;
    return row?.count ?? 0;
  } finally {
    await client.end({ timeout: 5 });
  }
}
