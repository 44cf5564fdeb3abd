import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateVapidKeys } from '@/lib/env-vapid';

/** A server process the benchmark started; the caller stops it. */
export type RunningServer = { url: string; stop: () => Promise<void> };

export function buildApp(): void {
  const next = path.join('node_modules', '.bin', 'next');
  // Like the e2e server: the build itself needs no database.
  const build = spawnSync(next, ['build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: '' } });
  if (build.status !== 0) throw new Error(`next build failed with status ${build.status}`);
}

/** What every instance of one shop must share (README, "Running many instances"). */
export function benchSecrets(): Record<string, string> {
  return {
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    CRON_SECRET: randomBytes(32).toString('base64url'),
    METRICS_TOKEN: randomBytes(32).toString('base64url'),
    FILE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ...generateVapidKeys(),
    VAPID_SUBJECT: 'mailto:bench@medinest.example',
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
}

type AppServerOptions = {
  databaseUrl: string;
  port: number;
  /** The public address: the instance itself, or nginx in front of several. */
  appUrl?: string;
  secrets: Record<string, string>;
  /** Shared Redis and the like; without it the instance runs alone (SINGLE_INSTANCE). */
  env?: Record<string, string>;
};

/** `next start` of the build in the working tree, with the baseline page switched on. */
export async function startServer(options: AppServerOptions): Promise<RunningServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const appUrl = options.appUrl ?? url;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-bench-data-'));
  const sandbox = new URL(appUrl).port;
  const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(options.port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      APP_URL: appUrl,
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: '10',
      LOG_LEVEL: 'warn',
      BENCH_BASELINE: '1',
      AUTH_TRUST_HOST: 'true',
      ESEWA_ALLOW_TEST_KEY: '1',
      SINGLE_INSTANCE: '1',
      // No SMS gateway here, so cash on delivery may not ask for a verified number.
      COD_REQUIRES_VERIFIED_PHONE: '0',
      ESEWA_FORM_URL: `http://127.0.0.1:${Number(sandbox) + 1}/api/epay/main/v2/form`,
      ESEWA_STATUS_URL: `http://127.0.0.1:${Number(sandbox) + 1}/api/epay/transaction/status/`,
      ...options.secrets,
      ...options.env,
    },
  });
  return untilHealthy(child, url, '/api/health', () => rmSync(dataDir, { recursive: true, force: true }));
}

/** The Upstash REST bridge in front of the given Redis (bridge-server.ts) as its own process. */
export async function startBridge(redisUrl: string): Promise<RunningServer & { token: string }> {
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), [path.join(import.meta.dirname, 'bridge-server.ts'), redisUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((text) => text.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { url: string; token: string });
    });
    child.once('exit', (code) => reject(new Error(`the Upstash bridge exited with ${code}: ${output}`)));
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  return { ...address, stop };
}

/** The bare Node + postgres.js floor (bare-floor-server.ts) as its own process. */
export async function startBareFloor(databaseUrl: string, port: number): Promise<RunningServer> {
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), [path.join(import.meta.dirname, 'bare-floor-server.ts'), String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10' },
  });
  return untilHealthy(child, `http://127.0.0.1:${port}`, '/?id=1');
}

export async function untilHealthy(child: ChildProcess, url: string, probe: string, cleanup: () => void = () => {}): Promise<RunningServer> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    cleanup();
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url + probe);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`${url} did not become healthy within two minutes`);
}
