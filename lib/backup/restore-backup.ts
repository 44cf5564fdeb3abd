import { createReadStream, createWriteStream, mkdirSync, openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { withEmbeddedDataFolder } from '@/db/embedded';
import type { BackupEnv } from '@/lib/env-schema';
import { collect, ENTRY, readArchive } from './archive';
import type { BackupManifest } from './create-backup';
import { refuseNonEmptyDataFolder, restoredPath } from './data-folder';
import { decryptStream, ENCRYPTED_MAGIC_BYTES, looksEncrypted } from './encryption';
import { BackupRefusedError } from './errors';
import { pgRestore, relationCount } from './postgres-tools';

export type RestoreResult = { database: BackupManifest['database']; createdAt: string; files: number };

function startOf(file: string, bytes: number): Buffer {
  const handle = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(handle, buffer, 0, bytes, 0));
  } finally {
    closeSync(handle);
  }
}

/** The archive's plain bytes, decrypted (and authenticated) on the way when it is encrypted. */
function plainBytes(file: string, key: string | undefined): AsyncIterable<Buffer> {
  const encrypted = looksEncrypted(startOf(file, ENCRYPTED_MAGIC_BYTES));
  if (encrypted && !key) throw new BackupRefusedError('This archive is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with.');
  const stream = createReadStream(file) as AsyncIterable<Buffer>;
  return encrypted ? decryptStream(stream, key!) : stream;
}

function refuseWrongTarget(manifest: BackupManifest, env: BackupEnv): void {
  if (manifest.database === 'pglite' && env.DATABASE_URL) {
    throw new BackupRefusedError('This archive holds an embedded (PGlite) database: unset DATABASE_URL to restore it into DATA_DIR/pglite.');
  }
  if (manifest.database === 'postgres' && !env.DATABASE_URL) {
    throw new BackupRefusedError('This archive holds a PostgreSQL server database: set DATABASE_URL to a new, empty database to restore it into.');
  }
}

/** Reads the whole archive once: right key, intact, and meant for this kind of target. */
async function verify(file: string, env: BackupEnv): Promise<BackupManifest> {
  let manifest: BackupManifest | undefined;
  for await (const entry of readArchive(plainBytes(file, env.BACKUP_ENCRYPTION_KEY))) {
    if (entry.kind === ENTRY.manifest) {
      manifest = JSON.parse((await collect(entry.body)).toString('utf8')) as BackupManifest;
      refuseWrongTarget(manifest, env);
    } else {
      if (entry.kind === ENTRY.file) restoredPath(env.DATA_DIR, entry.name);
      for await (const chunk of entry.body) void chunk;
    }
  }
  if (!manifest) throw new BackupRefusedError('The archive has no manifest: it was not written by npm run db:backup.');
  return manifest;
}

/**
 * `npm run db:restore FILE`: into a new database (DATABASE_URL with no tables, or an embedded
 * one in DATA_DIR/pglite) and a new or empty DATA_DIR, never over data. The archive is read twice:
 * first to check the key, its integrity and that it fits the target, so a wrong key or a damaged
 * file changes nothing; then to restore.
 */
export async function restoreBackup(file: string, env: BackupEnv): Promise<RestoreResult> {
  refuseNonEmptyDataFolder(env.DATA_DIR);
  if (env.DATABASE_URL && (await relationCount(env.DATABASE_URL)) > 0) {
    throw new BackupRefusedError('The database DATABASE_URL names already has tables. A restore only goes into a new, empty database: create one (createdb) and point DATABASE_URL at it.');
  }
  const manifest = await verify(file, env);

  mkdirSync(path.resolve(env.DATA_DIR), { recursive: true, mode: 0o700 });
  let files = 0;
  for await (const entry of readArchive(plainBytes(file, env.BACKUP_ENCRYPTION_KEY))) {
    if (entry.kind === ENTRY.database) {
      if (manifest.database === 'postgres') await pgRestore(env.DATABASE_URL!, entry.body, env.POSTGRES_BIN_DIR);
      else {
        const dump = new Blob([new Uint8Array(await collect(entry.body))]);
        await withEmbeddedDataFolder(env.DATA_DIR, async () => {}, { loadDataDir: dump });
      }
    } else if (entry.kind === ENTRY.file) {
      const target = restoredPath(env.DATA_DIR, entry.name);
      mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      await pipeline(Readable.from(entry.body), createWriteStream(target, { mode: 0o600 }));
      files += 1;
    } else {
      for await (const chunk of entry.body) void chunk;
    }
  }
  return { database: manifest.database, createdAt: manifest.createdAt, files };
}
