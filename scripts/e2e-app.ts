import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDatabase } from '@/db/seed';
import { E2E_DIST_DIR } from '@/e2e/support/e2e-config';
import { generateVapidKeys } from '@/lib/env-vapid';
import { ESEWA_TEST_PRODUCT_CODE, ESEWA_TEST_SECRET_KEY, KHALTI_TEST_SECRET_KEY } from '@/lib/env-schema';
import { startEsewaSandbox } from '@/lib/payments/esewa-sandbox';
import { startKhaltiSandbox } from '@/lib/payments/khalti-sandbox';
import { startFakePushService } from '@/test-support/fake-push-service';
import { startFakeResend } from '@/test-support/fake-resend';
import { startOtlpReceiver } from '@/test-support/otlp-receiver';
import { startFakeSmsGateway } from '@/test-support/fake-sms-gateway';
import { createScratchDatabase } from '@/test-support/test-database';
import { copyStandaloneServer } from './standalone-server';

/**
 * What every browser-test server shares (scripts/e2e-server.ts: one instance; scripts/e2e-cluster.ts:
 * two behind nginx): a fresh seeded database, generated secrets, email and SMS to local fakes, the eSewa
 * and Khalti sandboxes, the production build, and `next start`.
 */
export type E2eApp = {
  /** Environment for `next start` (the same for every instance: one build, one set of secrets). */
  env: NodeJS.ProcessEnv;
  state: { databaseUrl: string; embedded: boolean; appUrl: string; dataDir: string; cronSecret: string; metricsToken: string; fakeResendUrl: string; fakeSmsUrl: string; khaltiSandboxUrl: string; otlpReceiverUrl: string; fakePushUrl: string; fakePushCaFile: string; vapidPublicKey: string };
  /** Stops the fakes and drops the database. */
  close(): Promise<void>;
};

export async function prepareE2eApp(options: { appUrl: string; sandboxPort: number; env?: Record<string, string>; serverDatabase?: boolean }): Promise<E2eApp> {
  if (options.serverDatabase && !(process.env.TEST_SERVER_URL ?? process.env.DATABASE_URL)) {
    throw new Error('Several instances need a PostgreSQL server they can all reach: set DATABASE_URL (the embedded database takes one connection).');
  }
  const scratch = await createScratchDatabase({ prefix: 'medinest_e2e' });
  await seedDatabase(scratch.db, { production: false, log: () => {} });
  // The embedded server takes one connection at a time, and the app server needs it.
  if (scratch.embedded) await scratch.release();
  // Email goes through the real Resend SDK to a local fake that tests can read.
  const fakeResend = await startFakeResend();
  // Traces go to a local OTLP receiver (e2e/traces.spec.ts reads it): every browser test runs traced.
  const otlpReceiver = await startOtlpReceiver();
  // SMS through the real Sparrow client to a local fake gateway that tests can read.
  const fakeSms = await startFakeSmsGateway();
  // Web Push through the real web-push library to a local push service (HTTPS, its certificate trusted below).
  const fakePush = await startFakePushService();
  const vapid = generateVapidKeys();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-e2e-data-'));
  const sandboxOrigin = `http://127.0.0.1:${options.sandboxPort}`;
  // Ten above eSewa's: the ports right after it are the cluster's instances.
  const khaltiPort = options.sandboxPort + 10;
  const khaltiOrigin = `http://127.0.0.1:${khaltiPort}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    APP_URL: options.appUrl,
    DATA_DIR: dataDir,
    AUTH_TRUST_HOST: 'true',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    CRON_SECRET: randomBytes(32).toString('base64url'),
    METRICS_TOKEN: randomBytes(32).toString('base64url'),
    FILE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // Server actions are encrypted with this key; instances that do not share it refuse each other's forms.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
    ESEWA_ALLOW_TEST_KEY: '1',
    ESEWA_FORM_URL: process.env.ESEWA_FORM_URL ?? `${sandboxOrigin}/api/epay/main/v2/form`,
    ESEWA_STATUS_URL: process.env.ESEWA_STATUS_URL ?? `${sandboxOrigin}/api/epay/transaction/status/`,
    KHALTI_ALLOW_TEST_KEY: '1',
    KHALTI_SECRET_KEY: process.env.KHALTI_BASE_URL ? process.env.KHALTI_SECRET_KEY : KHALTI_TEST_SECRET_KEY,
    KHALTI_BASE_URL: process.env.KHALTI_BASE_URL ?? `${khaltiOrigin}/api/v2/`,
    RESEND_API_KEY: fakeResend.apiKey,
    RESEND_BASE_URL: fakeResend.url,
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpReceiver.url,
    OTEL_BSP_SCHEDULE_DELAY: '200',
    SPARROW_SMS_TOKEN: fakeSms.sparrowToken,
    SPARROW_SMS_FROM: fakeSms.sparrowFrom,
    SPARROW_SMS_BASE_URL: fakeSms.url,
    // e2e/webhooks.spec.ts runs its webhook receiver on 127.0.0.1.
    WEBHOOK_ALLOW_LOOPBACK: '1',
    ...vapid,
    VAPID_SUBJECT: 'mailto:e2e@medinest.example',
    PUSH_SERVICE_ORIGINS: fakePush.url,
    NODE_EXTRA_CA_CERTS: fakePush.caFile,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NEXT_DIST_DIR: E2E_DIST_DIR,
    ...(scratch.embedded ? { DATABASE_URL: '', EMBEDDED_DB_PORT: String(scratch.port), ALLOW_EMBEDDED_DATABASE: '1' } : { DATABASE_URL: scratch.url }),
    ...options.env,
  };

  // The app runs in production mode against the public test merchant; this process hosts the sandbox.
  const esewaSandbox = process.env.ESEWA_FORM_URL
    ? undefined
    : await startEsewaSandbox({ port: options.sandboxPort, productCode: ESEWA_TEST_PRODUCT_CODE, secretKey: ESEWA_TEST_SECRET_KEY });
  const khaltiSandbox = process.env.KHALTI_BASE_URL ? undefined : await startKhaltiSandbox({ port: khaltiPort, secretKey: KHALTI_TEST_SECRET_KEY });

  return {
    env,
    state: { databaseUrl: scratch.url, embedded: scratch.embedded, appUrl: options.appUrl, dataDir, cronSecret: env.CRON_SECRET!, metricsToken: env.METRICS_TOKEN!, fakeResendUrl: fakeResend.url, fakeSmsUrl: fakeSms.url, khaltiSandboxUrl: khaltiOrigin, otlpReceiverUrl: otlpReceiver.url, fakePushUrl: fakePush.url, fakePushCaFile: fakePush.caFile, vapidPublicKey: vapid.VAPID_PUBLIC_KEY },
    async close() {
      await fakeResend.stop().catch(() => {});
      await otlpReceiver.stop().catch(() => {});
      await fakeSms.stop().catch(() => {});
      await fakePush.stop().catch(() => {});
      await esewaSandbox?.close().catch(() => {});
      await khaltiSandbox?.close().catch(() => {});
      await scratch.drop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function writeState(file: string, state: object): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(state));
}

const next = path.join('node_modules', '.bin', 'next');

/** `next build` unless E2E_SKIP_BUILD=1 and a build is there; false when the build failed. */
export function ensureBuild(env: NodeJS.ProcessEnv): boolean {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (existsSync(path.join(E2E_DIST_DIR, 'BUILD_ID'))) return buildServiceWorker(env);
    // A build made before the tests had their own folder is still a build to reuse.
    if (existsSync(path.join('.next', 'BUILD_ID'))) {
      console.log(`E2E_SKIP_BUILD=1: reusing the older build in .next (new builds go to ${E2E_DIST_DIR}).`);
      env.NEXT_DIST_DIR = '.next';
      return buildServiceWorker(env);
    }
  }
  // Built without the database or Redis: next.config.mjs picks the cache handler again at `next start`.
  const build = spawnSync(next, ['build'], { stdio: 'inherit', env: { ...env, NEXT_DIST_DIR: E2E_DIST_DIR, DATABASE_URL: '', UPSTASH_REDIS_REST_URL: '', UPSTASH_REDIS_REST_TOKEN: '' } });
  return build.status === 0 && buildServiceWorker(env);
}

/**
 * The service worker for the build in NEXT_DIST_DIR (scripts/build-service-worker.ts; a few
 * seconds), written beside that build, not to public/: copyStandaloneServer serves it from there.
 */
function buildServiceWorker(env: NodeJS.ProcessEnv): boolean {
  const distDir = env.NEXT_DIST_DIR || E2E_DIST_DIR;
  const worker = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/build-service-worker.ts'], { stdio: 'inherit', env: { ...env, NEXT_DIST_DIR: distDir, SERVICE_WORKER_DEST: path.join(distDir, 'sw.js') } });
  return worker.status === 0;
}

let standalone: ReturnType<typeof copyStandaloneServer> | undefined;

/**
 * The production server as the Docker image runs it: `node server.js` of the standalone output,
 * from a copy outside the repo (scripts/standalone-server.ts); every instance shares one copy.
 */
export function startNext(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  if (!standalone) {
    standalone = copyStandaloneServer(env.NEXT_DIST_DIR || E2E_DIST_DIR);
    process.on('exit', () => standalone?.remove());
  }
  return spawn(process.execPath, [standalone.serverJs], { cwd: standalone.dir, stdio: 'inherit', env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' } });
}

/** Where the browser tests' server runs from (after startNext), for the spec that checks it. */
export const standaloneServerDir = () => standalone?.dir;
