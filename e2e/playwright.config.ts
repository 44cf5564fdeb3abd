import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { ARTIFACTS_DIR, CHROMIUM_PATH, E2E_PORT } from './support/e2e-config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: path.join(root, 'e2e'),
  testMatch: '**/*.spec.ts',
  // Runs on its own server (two instances behind nginx): e2e/playwright.cluster.config.ts.
  testIgnore: '**/many-instances.spec.ts',
  outputDir: path.join(ARTIFACTS_DIR, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: path.join(ARTIFACTS_DIR, 'playwright-report.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'npx tsx --conditions=react-server scripts/e2e-server.ts',
    cwd: root,
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    // A build on a loaded 2-core machine has taken over 10 minutes.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
