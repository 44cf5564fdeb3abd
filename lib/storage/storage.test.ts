import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUploadThing, type FakeUploadThing } from '@/test-support/fake-uploadthing';
import { LocalDiskStore } from './local-disk-store';
import { StoredFileCorruptError, StoredFileMissingError } from './types';
import { UploadThingStore } from './uploadthing-store';

const key = randomBytes(32);
let image: Buffer;

beforeAll(async () => {
  image = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#c00' } }).jpeg().toBuffer();
});

describe('local disk store', () => {
  it('keeps files encrypted so the file on disk is not readable as an image', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'medinest-store-'));
    const store = new LocalDiskStore(dir, key);
    const stored = await store.put(image, { contentType: 'image/jpeg', extension: 'jpg' });
    expect(stored).toMatch(/^[0-9a-f-]{36}\.jpg\.enc$/);

    const onDisk = await readFile(path.join(dir, 'uploads', stored));
    expect(onDisk.includes(image.subarray(0, 64))).toBe(false);
    await expect(sharp(onDisk).metadata()).rejects.toThrow();
    expect(await store.get(stored)).toEqual(image);
  });

  it('refuses a tampered file and a key that tries to leave the uploads folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'medinest-store-'));
    const store = new LocalDiskStore(dir, key);
    const stored = await store.put(image, { contentType: 'image/jpeg', extension: 'jpg' });
    const file = path.join(dir, 'uploads', stored);
    const sealed = await readFile(file);
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 0x01, sealed.length - 1);
    await writeFile(file, sealed);
    await expect(store.get(stored)).rejects.toBeInstanceOf(StoredFileCorruptError);
    await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(new LocalDiskStore(dir, randomBytes(32)).get(stored)).rejects.toBeInstanceOf(StoredFileCorruptError);
  });

  it('deletes files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'medinest-store-'));
    const store = new LocalDiskStore(dir, key);
    const stored = await store.put(image, { contentType: 'image/jpeg', extension: 'jpg' });
    await store.delete(stored);
    expect(await readdir(path.join(dir, 'uploads'))).toEqual([]);
    await expect(store.get(stored)).rejects.toBeInstanceOf(StoredFileMissingError);
  });
});

describe('UploadThing store against a local fake UploadThing', () => {
  let fake: FakeUploadThing;
  beforeAll(async () => {
    fake = await startFakeUploadThing();
  });
  afterAll(async () => fake.stop());

  it('uploads a private, encrypted file through the real SDK and reads it back', async () => {
    const store = new UploadThingStore({ token: fake.token, apiUrl: fake.url, ingestUrl: fake.url }, key);
    const stored = await store.put(image, { contentType: 'image/jpeg', extension: 'jpg' });
    const held = fake.files.get(stored);
    expect(held?.acl).toBe('private');
    expect(held?.bytes.includes(image.subarray(0, 64))).toBe(false);
    expect(await store.get(stored)).toEqual(image);

    // Without the signed URL the private file is refused.
    expect((await fetch(`${fake.url}/f/${stored}`)).status).toBe(403);

    await store.delete(stored);
    expect(fake.files.has(stored)).toBe(false);
    await expect(store.get(stored)).rejects.toBeInstanceOf(StoredFileMissingError);
  });
});
