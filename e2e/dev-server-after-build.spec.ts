import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DIST_DIR } from './support/e2e-config';
import { freePort } from '../test-support/test-database';

/**
 * After `npm test`, `npm run dev` in the same clone reloaded every page in an endless loop until
 * `.next/dev` was deleted. The browser tests' production build now lives in its own folder; here,
 * with that build in place (this suite's server runs on it), a development server is started in
 * the same clone and the home page must load once and stay loaded.
 */
const root = path.resolve(import.meta.dirname, '..');
let dev: ChildProcess | undefined;
let dataDir: string | undefined;

test.afterAll(async () => {
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(60_000) })).ok) return;
    } catch {
      // Not listening yet, or still compiling.
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  throw new Error(`${url} did not answer`);
}

test('npm run dev after the browser tests’ production build loads the home page once, with no reload loop', async ({ browser }) => {
  // Compiling pages on first request takes minutes on a busy two-core machine.
  test.setTimeout(900_000);
  // The build this suite's server runs on (E2E_SKIP_BUILD=1 may reuse an older one in .next).
  expect(existsSync(path.join(root, E2E_DIST_DIR, 'BUILD_ID')) || existsSync(path.join(root, '.next', 'BUILD_ID'))).toBe(true);

  const port = await freePort();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-dev-after-build-'));
  let output = '';
  dev = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'scripts/run-with-database.ts', 'next', 'dev', '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      // A newcomer's shell: none of the runner's APP_URL, PORT or build folder.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !['APP_URL', 'PORT', 'NEXT_DIST_DIR'].includes(name))),
      NODE_ENV: 'development',
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(await freePort()),
      ESEWA_SANDBOX_PORT: String(await freePort()),
      IN_PROCESS_JOBS: '0',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));

  const origin = `http://localhost:${port}`;
  await waitForHealth(`${origin}/api/health`, Date.now() + 600_000).catch((error) => {
    throw new Error(`${error.message}\n${output.slice(-3000)}`);
  });

  const page = await browser.newPage();
  // Document requests and load events: a reload makes one of each (the app router's own
  // history.replaceState is a navigation too, but neither of these).
  let documents = 0;
  let loads = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && request.frame() === page.mainFrame()) documents += 1;
  });
  page.on('load', () => (loads += 1));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 600_000 });
  await expect(page.locator('main')).toBeVisible({ timeout: 120_000 });
  // The loop reloaded about twice a second; ten quiet seconds mean it is gone.
  await page.waitForTimeout(10_000);
  expect({ documents, loads }, 'the home page was fetched and loaded once in ten seconds').toEqual({ documents: 1, loads: 1 });
  expect(consoleErrors.filter((text) => /hydrat/i.test(text))).toEqual([]);
  await page.close();
});
