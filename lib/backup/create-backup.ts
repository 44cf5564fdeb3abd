import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EmbeddedDatabaseInUseError, withEmbeddedDataFolder } from '@/db/embedded';
import type { BackupEnv } from '@/lib/env-schema';
import { ENTRY, writeArchive, type ArchiveEntryInput } from './archive';
import { SECRETS_FILE, uploadedFiles } from './data-folder';
import { encryptStream } from './encryption';
import { BackupRefusedError } from './errors';
import { pgDump } from './postgres-tools';
import { archiveName, pruneArchives } from './retention';

export type DatabaseKind = 'postgres' | 'pglite';
export type BackupManifest = { format: 1; createdAt: string; database: DatabaseKind; encrypted: boolean; files: number };
export type BackupResult = { file: string; bytes: number; database: DatabaseKind; files: number; encrypted: boolean; pruned: string[] };

/** The embedded database is copied whole (PGlite's own dump) by a process that owns its folder. */
async function embeddedDump(env: BackupEnv, portInUse: (port: number) => Promise<boolean>): Promise<Buffer> {
  if (await portInUse(env.EMBEDDED_DB_PORT)) {
    throw new BackupRefusedError(
      `The embedded database is being served on port ${env.EMBEDDED_DB_PORT} (a running npm run dev or npm start owns it). Stop that server and run the backup again; a PostgreSQL server (DATABASE_URL) is backed up while it runs.`,
    );
  }
  if (!existsSync(path.resolve(env.DATA_DIR, 'pglite'))) throw new BackupRefusedError(`There is no embedded database in ${path.resolve(env.DATA_DIR, 'pglite')} to back up.`);
  try {
    return await withEmbeddedDataFolder(env.DATA_DIR, async (pglite) => Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
  } catch (error) {
    if (error instanceof EmbeddedDatabaseInUseError) throw new BackupRefusedError(error.message);
    throw error;
  }
}

/**
 * `npm run db:backup`: one archive in BACKUP_DIR holding the database (pg_dump's custom format
 * for a server, PGlite's data-folder dump for the embedded one), the uploaded files and, in
 * development, the generated secrets that decrypt them; encrypted when BACKUP_ENCRYPTION_KEY is
 * set. Written to a temporary name and renamed when complete, then all but the newest
 * BACKUP_KEEP archives are deleted.
 */
export async function createBackup(env: BackupEnv, deps: { portInUse: (port: number) => Promise<boolean>; now?: Date }): Promise<BackupResult> {
  const database: DatabaseKind = env.DATABASE_URL ? 'postgres' : 'pglite';
  const pgliteDump = database === 'pglite' ? await embeddedDump(env, deps.portInUse) : undefined;
  const files = uploadedFiles(env.DATA_DIR);
  const secrets = existsSync(path.resolve(env.DATA_DIR, SECRETS_FILE));
  const encrypted = Boolean(env.BACKUP_ENCRYPTION_KEY);
  const manifest: BackupManifest = { format: 1, createdAt: (deps.now ?? new Date()).toISOString(), database, encrypted, files: files.length };

  async function* entries(): AsyncGenerator<ArchiveEntryInput> {
    yield { kind: ENTRY.manifest, name: 'manifest.json', body: Buffer.from(JSON.stringify(manifest)) };
    yield pgliteDump ? { kind: ENTRY.database, name: 'pglite-datadir.tar.gz', body: pgliteDump } : { kind: ENTRY.database, name: 'database.pgdump', body: pgDump(env.DATABASE_URL!, env.POSTGRES_BIN_DIR) };
    if (secrets) yield { kind: ENTRY.file, name: SECRETS_FILE, body: createReadStream(path.resolve(env.DATA_DIR, SECRETS_FILE)) };
    for (const name of files) yield { kind: ENTRY.file, name, body: createReadStream(path.resolve(env.DATA_DIR, ...name.split('/'))) };
  }

  const folder = path.resolve(env.BACKUP_DIR);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, archiveName(deps.now ?? new Date()));
  const partial = `${file}.partial`;
  const archive = writeArchive(entries());
  try {
    await pipeline(Readable.from(env.BACKUP_ENCRYPTION_KEY ? encryptStream(archive, env.BACKUP_ENCRYPTION_KEY) : archive), createWriteStream(partial, { mode: 0o600 }));
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const pruned = pruneArchives(folder, env.BACKUP_KEEP);
  return { file, bytes: statSync(file).size, database, files: files.length, encrypted, pruned };
}
