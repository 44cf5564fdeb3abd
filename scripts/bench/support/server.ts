import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Builds the app and starts `next start` against the given database; the caller stops it. */
export type RunningServer = { url: string; stop: () => Promise<void> };

export function buildApp(): void {
  const next = path.join('node_modules', '.bin', 'next');
  // Like the e2e server: the build itself needs no database.
  const build = spawnSync(next, ['build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: '' } });
  if (build.status !== 0) throw new Error(`next build failed with status ${build.status}`);
}

export async function startServer(databaseUrl: string, port: number): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-bench-data-'));
  const child: ChildProcess = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      APP_URL: url,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: '10',
      LOG_LEVEL: 'warn',
      BENCH_BASELINE: '1',
      AUTH_TRUST_HOST: 'true',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      CRON_SECRET: randomBytes(32).toString('base64url'),
      FILE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ESEWA_ALLOW_TEST_KEY: '1',
      SINGLE_INSTANCE: '1',
      ESEWA_FORM_URL: `http://127.0.0.1:${port + 1}/api/epay/main/v2/form`,
      ESEWA_STATUS_URL: `http://127.0.0.1:${port + 1}/api/epay/transaction/status/`,
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error('The server did not become healthy within two minutes');
}
