import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSecrets, parseServerEnv, SECRET_NAMES, type SecretName, type ServerEnv } from './env-schema';

/**
 * Development secrets live in `<DATA_DIR>/dev-secrets.json` (git-ignored), generated once so
 * sessions and encrypted files survive restarts. Used only outside production.
 */
export function readOrCreateDevSecrets(dataDir: string): Record<SecretName, string> {
  const file = path.join(dataDir, 'dev-secrets.json');
  let stored: Partial<Record<SecretName, string>> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8'));
  const complete = SECRET_NAMES.every((name) => stored[name]);
  if (!complete) {
    stored = { ...stored, ...generateSecrets(SECRET_NAMES.filter((name) => !stored[name])) };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return stored as Record<SecretName, string>;
}

export function loadServerEnv(source: Record<string, string | undefined>): ServerEnv {
  return parseServerEnv(source, () => readOrCreateDevSecrets(source.DATA_DIR || '.data'));
}
