import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDatabase } from '@/db/seed';
import { createScratchDatabase } from '@/test-support/test-database';
import { E2E_PORT, E2E_STATE_FILE } from '@/e2e/support/e2e-config';
import { startFakeResend } from '@/test-support/fake-resend';
import { startEsewaSandbox } from '@/lib/payments/esewa-sandbox';
import { ESEWA_TEST_PRODUCT_CODE, ESEWA_TEST_SECRET_KEY } from '@/lib/env-schema';

/**
 * The server Playwright tests run against: the production build (`next build` + `next start`) on a
 * fresh seeded database, with generated secrets and every external service on localhost.
 */
const scratch = await createScratchDatabase({ prefix: 'medinest_e2e' });
await seedDatabase(scratch.db, { production: false, log: () => {} });
// The embedded server takes one connection at a time, and the app server needs it.
if (scratch.embedded) await scratch.release();
// Email goes through the real Resend SDK to a local fake that tests can read.
const fakeResend = await startFakeResend();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-e2e-data-'));
const appUrl = `http://127.0.0.1:${E2E_PORT}`;

const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  APP_URL: appUrl,
  DATA_DIR: dataDir,
  AUTH_TRUST_HOST: 'true',
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  CRON_SECRET: randomBytes(32).toString('base64url'),
  FILE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  ESEWA_ALLOW_TEST_KEY: '1',
  SINGLE_INSTANCE: '1',
  // Playwright stands in for one reverse proxy: each test names its client in X-Forwarded-For, and
  // tests of forged headers put the attacker's entries to the left of it, as nginx would.
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? '1',
  ESEWA_FORM_URL: process.env.ESEWA_FORM_URL ?? `http://127.0.0.1:${E2E_PORT + 1}/api/epay/main/v2/form`,
  ESEWA_STATUS_URL: process.env.ESEWA_STATUS_URL ?? `http://127.0.0.1:${E2E_PORT + 1}/api/epay/transaction/status/`,
  RESEND_API_KEY: fakeResend.apiKey,
  RESEND_BASE_URL: fakeResend.url,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  ...(scratch.embedded ? { DATABASE_URL: '', EMBEDDED_DB_PORT: String(scratch.port), ALLOW_EMBEDDED_DATABASE: '1' } : { DATABASE_URL: scratch.url }),
};

mkdirSync(path.dirname(E2E_STATE_FILE), { recursive: true });
writeFileSync(E2E_STATE_FILE, JSON.stringify({ databaseUrl: scratch.url, embedded: scratch.embedded, appUrl, dataDir, cronSecret: serverEnv.CRON_SECRET, fakeResendUrl: fakeResend.url }));

const next = path.join('node_modules', '.bin', 'next');
if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('.next/BUILD_ID')) {
  const build = spawnSync(next, ['build'], { stdio: 'inherit', env: { ...serverEnv, DATABASE_URL: '' } });
  if (build.status !== 0) {
    await scratch.drop();
    process.exit(build.status ?? 1);
  }
}

// The app runs in production mode against the public test merchant; this process hosts the sandbox.
const esewaSandbox = process.env.ESEWA_FORM_URL
  ? undefined
  : await startEsewaSandbox({ port: E2E_PORT + 1, productCode: ESEWA_TEST_PRODUCT_CODE, secretKey: ESEWA_TEST_SECRET_KEY });

const server = spawn(next, ['start', '-p', String(E2E_PORT), '-H', '127.0.0.1'], { stdio: 'inherit', env: serverEnv });

async function shutdown(code: number) {
  server.kill('SIGTERM');
  await fakeResend.stop().catch(() => {});
  await esewaSandbox?.close().catch(() => {});
  await scratch.drop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(E2E_STATE_FILE, { force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
server.on('exit', (code) => void shutdown(code ?? 1));
