import 'server-only';
import { env } from '@/lib/env';
import { LocalDiskStore } from './local-disk-store';
import type { FileStore, StorageKind } from './types';
import { UploadThingStore } from './uploadthing-store';

export type { FileStore, StorageKind } from './types';
export { StoredFileCorruptError, StoredFileMissingError } from './types';

const stores = new Map<StorageKind, FileStore>();

function encryptionKey(): Buffer {
  return Buffer.from(env.FILE_ENCRYPTION_KEY, 'base64');
}

/** The store a file was written to; rows remember their kind so switching adapters keeps old files readable. */
export function fileStore(kind: StorageKind): FileStore {
  let store = stores.get(kind);
  if (!store) {
    if (kind === 'uploadthing') {
      if (!env.UPLOADTHING_TOKEN) throw new Error('UPLOADTHING_TOKEN is not set but a file is stored in UploadThing');
      store = new UploadThingStore(
        { token: env.UPLOADTHING_TOKEN, apiUrl: env.UPLOADTHING_API_URL, ingestUrl: env.UPLOADTHING_INGEST_URL },
        encryptionKey(),
      );
    } else {
      store = new LocalDiskStore(env.DATA_DIR, encryptionKey());
    }
    stores.set(kind, store);
  }
  return store;
}

/** Where new files go: UploadThing when configured, the local disk otherwise. */
export function defaultFileStore(): FileStore {
  return fileStore(env.UPLOADTHING_TOKEN ? 'uploadthing' : 'local');
}

export function isStorageKind(value: string): value is StorageKind {
  return value === 'local' || value === 'uploadthing';
}
