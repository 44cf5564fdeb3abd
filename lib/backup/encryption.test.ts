import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, readArchive, writeArchive, ENTRY } from './archive';
import { decryptStream, encryptStream, WrongBackupKeyError } from './encryption';
import { archiveName, pruneArchives } from './retention';

const KEY = 'a backup passphrase of some length';
async function* pieces(bytes: Buffer, size: number) {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}
const sealed = async (plain: Buffer) => collect(encryptStream(pieces(plain, 300_000), KEY));

describe('backup encryption', () => {
  it('round-trips several chunks, and the ciphertext shows nothing of the plaintext', async () => {
    const plain = Buffer.concat([randomBytes(2.5 * 1024 * 1024), Buffer.from('ORDER-NUMBER-123')]);
    const cipher = await sealed(plain);
    expect(cipher.includes(Buffer.from('ORDER-NUMBER-123'))).toBe(false);
    expect((await collect(decryptStream(pieces(cipher, 64 * 1024), KEY))).equals(plain)).toBe(true);
  });

  it('refuses a wrong key before giving out a byte', async () => {
    const cipher = await sealed(Buffer.from('hello'));
    await expect(collect(decryptStream(pieces(cipher, 10), 'another passphrase entirely'))).rejects.toBeInstanceOf(WrongBackupKeyError);
  });

  it('refuses an altered byte, a cut-off end and swapped chunks', async () => {
    const plain = randomBytes(3 * 1024 * 1024);
    const cipher = await sealed(plain);
    const altered = Buffer.from(cipher);
    altered[altered.length - 100]! ^= 1;
    await expect(collect(decryptStream(pieces(altered, 1 << 16), KEY))).rejects.toThrow(/damaged|altered/);
    // Cut after the first full chunk: what is left is authentic but not marked as the end.
    const header = 28 + 16 + 8 + 16;
    const firstChunk = header + 4 + (1 << 20) + 16;
    await expect(collect(decryptStream(pieces(cipher.subarray(0, firstChunk), 1 << 16), KEY))).rejects.toThrow(/damaged|truncated/);
    const second = cipher.subarray(firstChunk, firstChunk * 2 - header);
    const swapped = Buffer.concat([cipher.subarray(0, header), second, cipher.subarray(header, firstChunk), cipher.subarray(firstChunk * 2 - header)]);
    await expect(collect(decryptStream(pieces(swapped, 1 << 16), KEY))).rejects.toThrow(/damaged|altered/);
  });
});

describe('backup archive', () => {
  it('carries entries of any size and refuses a damaged one', async () => {
    async function* entries() {
      yield { kind: ENTRY.manifest, name: 'manifest.json', body: Buffer.from('{}') } as const;
      yield { kind: ENTRY.file, name: 'uploads/a.png.enc', body: pieces(randomBytes(1_500_000), 70_000) } as const;
    }
    const bytes = await collect(writeArchive(entries()));
    const names: string[] = [];
    for await (const entry of readArchive(pieces(bytes, 4096))) {
      names.push(`${entry.name}:${(await collect(entry.body)).length}`);
    }
    expect(names).toEqual(['manifest.json:2', 'uploads/a.png.enc:1500000']);
    bytes[1000]! ^= 1;
    await expect(async () => {
      for await (const entry of readArchive(pieces(bytes, 4096))) await collect(entry.body);
    }).rejects.toThrow(/damaged/);
  });
});

describe('backup retention', () => {
  it('keeps the newest N archives and nothing else is touched', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'medinest-retention-'));
    try {
      const names = [0, 1, 2, 3].map((day) => archiveName(new Date(Date.UTC(2026, 11, 1 + day, 2, 0, 0))));
      for (const name of [...names, 'notes.txt']) writeFileSync(path.join(folder, name), 'x');
      expect(pruneArchives(folder, 2)).toEqual(names.slice(0, 2));
      expect(readdirSync(folder).sort()).toEqual([...names.slice(2), 'notes.txt'].sort());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
