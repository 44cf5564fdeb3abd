import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { NGINX_PORT } from './support/cluster-config';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The many-instances test: the same build as the other browser tests, run as two instances behind
 * nginx (scripts/e2e-cluster.ts). `npm test` runs it after them with E2E_SKIP_BUILD=1.
 */
export default defineConfig({
  ...base,
  testMatch: '**/many-instances.spec.ts',
  testIgnore: [],
  outputDir: path.join(ARTIFACTS_DIR, 'cluster-test-results'),
  reporter: [['list'], ['json', { outputFile: path.join(ARTIFACTS_DIR, 'playwright-cluster-report.json') }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
  webServer: {
    command: 'npx tsx --conditions=react-server scripts/e2e-cluster.ts',
    cwd: root,
    url: `http://127.0.0.1:${NGINX_PORT}/api/health`,
    // Run alone it builds first, which takes minutes on a busy machine.
    timeout: 1_200_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
