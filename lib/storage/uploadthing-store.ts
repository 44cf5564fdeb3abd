import { randomUUID } from 'node:crypto';
import { UTApi, UTFile } from 'uploadthing/server';
import { decryptFile, encryptFile } from './encryption';
import { StoredFileCorruptError, StoredFileMissingError, type FileStore, type PutOptions } from './types';

export type UploadThingOptions = { token: string; apiUrl?: string; ingestUrl?: string };

/**
 * UploadThing with private files. The bytes sent are already AES-GCM sealed, so even a leaked
 * signed URL yields nothing readable; reads go through a short-lived signed URL.
 */
export class UploadThingStore implements FileStore {
  readonly kind = 'uploadthing' as const;
  private readonly api: UTApi;

  constructor(
    options: UploadThingOptions,
    private readonly key: Buffer,
  ) {
    this.api = new UTApi({ token: options.token, apiUrl: options.apiUrl, ingestUrl: options.ingestUrl, logLevel: 'Error' });
  }

  async put(bytes: Buffer, { extension }: PutOptions): Promise<string> {
    const file = new UTFile([new Uint8Array(encryptFile(bytes, this.key))], `${randomUUID()}.${extension}.enc`, { type: 'application/octet-stream' });
    const result = await this.api.uploadFiles(file, { acl: 'private', contentDisposition: 'attachment' });
    if (result.error) throw new Error(`UploadThing upload failed: ${result.error.message}`);
    return result.data.key;
  }

  async get(key: string): Promise<Buffer> {
    const { ufsUrl } = await this.api.getSignedURL(key, { expiresIn: 60 });
    const response = await fetch(ufsUrl, { cache: 'no-store' });
    if (response.status === 404) throw new StoredFileMissingError(key);
    if (!response.ok) throw new Error(`UploadThing download failed with HTTP ${response.status}`);
    const sealed = Buffer.from(await response.arrayBuffer());
    try {
      return decryptFile(sealed, this.key);
    } catch {
      throw new StoredFileCorruptError(key);
    }
  }

  async delete(key: string): Promise<void> {
    await this.api.deleteFiles(key);
  }
}
