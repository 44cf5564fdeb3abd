import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServerEnv, readOrCreateDevSecrets } from './env-loader';

describe('development secrets', () => {
  it('are generated once into the data folder and reused', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-env-'));
    const first = readOrCreateDevSecrets(dir);
    const second = readOrCreateDevSecrets(dir);
    expect(second).toEqual(first);
    expect(Buffer.from(first.FILE_ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    const file = path.join(dir, 'dev-secrets.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('feed a development environment that sets none', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-env-'));
    const env = loadServerEnv({ NODE_ENV: 'development', DATA_DIR: dir });
    expect(env.AUTH_SECRET).toBe(readOrCreateDevSecrets(dir).AUTH_SECRET);
  });
});
