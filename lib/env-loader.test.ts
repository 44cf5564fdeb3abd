import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServerEnv, readOrCreateDevSecrets } from './env-loader';
import { vapidKeysMatch } from './env-vapid';

describe('development secrets', () => {
  it('are generated once into the data folder and reused', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-env-'));
    const first = readOrCreateDevSecrets(dir);
    const second = readOrCreateDevSecrets(dir);
    expect(second).toEqual(first);
    expect(Buffer.from(first.FILE_ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    expect(vapidKeysMatch(first.VAPID_PUBLIC_KEY, first.VAPID_PRIVATE_KEY)).toBe(true);
    const file = path.join(dir, 'dev-secrets.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('gain a VAPID pair when a data folder from before push has none', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-env-'));
    const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, ...older } = readOrCreateDevSecrets(dir);
    writeFileSync(path.join(dir, 'dev-secrets.json'), JSON.stringify(older));
    const upgraded = readOrCreateDevSecrets(dir);
    expect(upgraded.AUTH_SECRET).toBe(older.AUTH_SECRET);
    expect(upgraded.VAPID_PUBLIC_KEY).not.toBe(VAPID_PUBLIC_KEY);
    expect(vapidKeysMatch(upgraded.VAPID_PUBLIC_KEY, upgraded.VAPID_PRIVATE_KEY)).toBe(true);
    expect(VAPID_PRIVATE_KEY).toBeTruthy();
  });

  it('feed a development environment that sets none', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-env-'));
    const env = loadServerEnv({ NODE_ENV: 'development', DATA_DIR: dir });
    expect(env.AUTH_SECRET).toBe(readOrCreateDevSecrets(dir).AUTH_SECRET);
    expect(env.VAPID_PUBLIC_KEY).toBe(readOrCreateDevSecrets(dir).VAPID_PUBLIC_KEY);
  });
});
