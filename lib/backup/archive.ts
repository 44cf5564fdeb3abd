import { createHash } from 'node:crypto';
import { ByteReader, TruncatedError } from './byte-reader';

/**
 * The archive: a magic line, then entries, each `[kind u8][name length u16][name]` and its bytes
 * as `[length u32][bytes]` chunks ending with a zero length, so a dump of unknown size streams
 * straight in. The end entry carries a SHA-256 of everything before it: a damaged plain
 * archive is refused (an encrypted one is authenticated chunk by chunk as well).
 */
const MAGIC = Buffer.from('MEDINEST-BACKUP 1\n', 'ascii');
export const ENTRY = { manifest: 1, database: 2, file: 3, end: 255 } as const;
export type EntryKind = (typeof ENTRY)[keyof typeof ENTRY];
const CHUNK_BYTES = 1 << 20;

export type ArchiveEntryInput = { kind: Exclude<EntryKind, 255>; name: string; body: AsyncIterable<Buffer | Uint8Array> | Buffer };

export class ArchiveFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveFormatError';
  }
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

async function* chunksOf(body: ArchiveEntryInput['body']): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(body)) {
    for (let offset = 0; offset < body.length; offset += CHUNK_BYTES) yield body.subarray(offset, offset + CHUNK_BYTES);
    return;
  }
  for await (const chunk of body) if (chunk.length > 0) yield Buffer.from(chunk);
}

/** Writes the entries as one byte stream. */
export async function* writeArchive(entries: AsyncIterable<ArchiveEntryInput>): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  const out = (bytes: Buffer) => (hash.update(bytes), bytes);
  yield out(MAGIC);
  for await (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = Buffer.alloc(3);
    header.writeUInt8(entry.kind);
    header.writeUInt16BE(name.length, 1);
    yield out(Buffer.concat([header, name]));
    for await (const chunk of chunksOf(entry.body)) {
      yield out(u32(chunk.length));
      yield out(chunk);
    }
    yield out(u32(0));
  }
  const end = Buffer.from([ENTRY.end]);
  hash.update(end);
  yield Buffer.concat([end, hash.digest()]);
}

export type ArchiveEntry = { kind: EntryKind; name: string; body: AsyncIterable<Buffer> };

/**
 * Reads entries one after another; each entry's body must be read (or drained) before the next.
 * Throws ArchiveFormatError when the stream is not an archive or its checksum does not match.
 */
export async function* readArchive(source: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<ArchiveEntry> {
  const reader = new ByteReader(source);
  const hash = createHash('sha256');
  const read = async (size: number) => {
    const bytes = await reader.read(size);
    hash.update(bytes);
    return bytes;
  };
  const start = await reader.read(MAGIC.length).catch((error: unknown) => {
    if (error instanceof TruncatedError) return Buffer.alloc(0);
    throw error;
  });
  if (!start.equals(MAGIC)) throw new ArchiveFormatError('This is not a MediNest backup archive (or it is encrypted and BACKUP_ENCRYPTION_KEY is not set).');
  hash.update(MAGIC);
  for (;;) {
    const kind = (await read(1)).readUInt8() as EntryKind;
    if (kind === ENTRY.end) {
      const expected = hash.digest();
      if (!(await reader.read(32)).equals(expected)) throw new ArchiveFormatError('The backup archive is damaged: its checksum does not match.');
      if (!(await reader.atEnd())) throw new ArchiveFormatError('The backup archive has bytes after its end.');
      return;
    }
    if (!Object.values(ENTRY).includes(kind)) throw new ArchiveFormatError(`The backup archive is damaged: unknown entry kind ${kind}.`);
    const name = (await read((await read(2)).readUInt16BE())).toString('utf8');
    let drained = false;
    async function* body(): AsyncGenerator<Buffer> {
      for (;;) {
        const length = (await read(4)).readUInt32BE();
        if (length === 0) break;
        yield await read(length);
      }
      drained = true;
    }
    const entryBody = body();
    yield { kind, name, body: entryBody };
    if (!drained) for await (const chunk of entryBody) void chunk;
  }
}

/** All of an entry's bytes (for small entries: the manifest, a secrets file). */
export async function collect(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}
