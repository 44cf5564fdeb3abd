import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decryptFile, encryptFile } from './encryption';
import { StoredFileCorruptError, StoredFileMissingError, type FileStore, type PutOptions } from './types';

// Keys are ours (uuid + known extension); anything else is refused so no key can walk the disk.
const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp|pdf)\.enc$/;
const EXTENSION_PATTERN = /^(jpg|png|webp|pdf)$/;

/** Files under `<dataDir>/uploads`, each encrypted with its own IV. */
export class LocalDiskStore implements FileStore {
  readonly kind = 'local' as const;
  private readonly folder: string;

  constructor(
    dataDir: string,
    private readonly key: Buffer,
  ) {
    this.folder = path.resolve(dataDir, 'uploads');
  }

  private pathFor(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new StoredFileMissingError(key);
    return path.join(this.folder, key);
  }

  async put(bytes: Buffer, { extension }: PutOptions): Promise<string> {
    if (!EXTENSION_PATTERN.test(extension)) throw new Error(`Unsupported extension ${extension}`);
    const key = `${randomUUID()}.${extension}.enc`;
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const target = this.pathFor(key);
    // Write then rename so a crash never leaves half a file under a real key.
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, encryptFile(bytes, this.key), { mode: 0o600 });
    await rename(temporary, target);
    return key;
  }

  async get(key: string): Promise<Buffer> {
    let sealed: Buffer;
    try {
      sealed = await readFile(this.pathFor(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
    try {
      return decryptFile(sealed, this.key);
    } catch {
      throw new StoredFileCorruptError(key);
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }
}
