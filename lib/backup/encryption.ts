import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { ByteReader } from './byte-reader';

/**
 * Streaming AES-256-GCM for archives, in 1 MiB chunks so a backup of any size never sits in
 * memory and every chunk is authenticated before a byte of it is restored. Each chunk has its own
 * nonce (a random prefix and the chunk's number) and says in its authenticated data whether it is
 * the last, so chunks cannot be reordered, dropped or cut off unnoticed. The key is derived from
 * BACKUP_ENCRYPTION_KEY with scrypt and a salt of the archive's own; a check value in the header
 * tells a wrong key apart before anything is written.
 */
const MAGIC = Buffer.from('MEDINEST-BACKUP-AES256GCM 1\n', 'ascii');
const SALT_BYTES = 16;
const PREFIX_BYTES = 8;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const CHUNK_BYTES = 1 << 20;
const HEADER_BYTES = MAGIC.length + SALT_BYTES + PREFIX_BYTES + CHECK_BYTES;

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, length: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;

export class WrongBackupKeyError extends Error {
  constructor() {
    super('BACKUP_ENCRYPTION_KEY is not the key this archive was encrypted with.');
    this.name = 'WrongBackupKeyError';
  }
}

export class DamagedBackupError extends Error {
  constructor(message = 'The encrypted backup archive is damaged or was altered.') {
    super(message);
    this.name = 'DamagedBackupError';
  }
}

async function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return scrypt(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

const keyCheck = (key: Buffer, salt: Buffer) => createHmac('sha256', key).update('medinest-backup-key-check').update(salt).digest().subarray(0, CHECK_BYTES);

function nonce(prefix: Buffer, index: number): Buffer {
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(index);
  return Buffer.concat([prefix, counter]);
}

const additionalData = (header: Buffer, last: boolean) => Buffer.concat([header, Buffer.from([last ? 1 : 0])]);

/** True when the bytes start like an encrypted archive. */
export function looksEncrypted(start: Buffer): boolean {
  return start.subarray(0, MAGIC.length).equals(MAGIC);
}
export const ENCRYPTED_MAGIC_BYTES = MAGIC.length;

export async function* encryptStream(source: AsyncIterable<Buffer>, passphrase: string): AsyncGenerator<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const prefix = randomBytes(PREFIX_BYTES);
  const key = await deriveKey(passphrase, salt);
  const header = Buffer.concat([MAGIC, salt, prefix, keyCheck(key, salt)]);
  yield header;

  let index = 0;
  const seal = (plain: Buffer, last: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', key, nonce(prefix, index++));
    cipher.setAAD(additionalData(header, last));
    const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    return Buffer.concat([length, body]);
  };

  // One chunk is held back so the last one can be marked as last.
  let pending: Buffer = Buffer.alloc(0);
  let held: Buffer | null = null;
  for await (const piece of source) {
    pending = pending.length ? Buffer.concat([pending, piece]) : piece;
    while (pending.length >= CHUNK_BYTES) {
      if (held) yield seal(held, false);
      held = pending.subarray(0, CHUNK_BYTES);
      pending = pending.subarray(CHUNK_BYTES);
    }
  }
  if (pending.length > 0) {
    if (held) yield seal(held, false);
    held = pending;
  }
  yield seal(held ?? Buffer.alloc(0), true);
}

/** Throws WrongBackupKeyError on the header (before yielding anything), DamagedBackupError on a bad chunk. */
export async function* decryptStream(source: AsyncIterable<Buffer | Uint8Array>, passphrase: string): AsyncGenerator<Buffer> {
  const reader = new ByteReader(source);
  const header = await reader.read(HEADER_BYTES).catch(() => {
    throw new DamagedBackupError('The encrypted backup archive is too short to be one.');
  });
  if (!looksEncrypted(header)) throw new DamagedBackupError('This archive is not encrypted (unset BACKUP_ENCRYPTION_KEY to restore it).');
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES);
  const prefix = header.subarray(MAGIC.length + SALT_BYTES, MAGIC.length + SALT_BYTES + PREFIX_BYTES);
  const check = header.subarray(HEADER_BYTES - CHECK_BYTES);
  const key = await deriveKey(passphrase, salt);
  if (!timingSafeEqual(keyCheck(key, salt), check)) throw new WrongBackupKeyError();

  for (let index = 0; ; index += 1) {
    const lengthBytes = await reader.readUpTo(4);
    if (lengthBytes.length < 4) throw new DamagedBackupError('The encrypted backup archive ends early: it is truncated.');
    const length = lengthBytes.readUInt32BE();
    if (length < TAG_BYTES || length > CHUNK_BYTES + TAG_BYTES) throw new DamagedBackupError();
    const body = await reader.read(length).catch(() => {
      throw new DamagedBackupError('The encrypted backup archive ends early: it is truncated.');
    });
    const last = await reader.atEnd();
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(prefix, index));
    decipher.setAAD(additionalData(header, last));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
    } catch {
      // A chunk sealed as "not last" that ends the file fails here too: the archive was cut short.
      throw new DamagedBackupError();
    }
    if (plain.length > 0) yield plain;
    if (last) return;
  }
}
