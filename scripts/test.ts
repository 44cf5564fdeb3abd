import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm test`: the linter (zero warnings, counted as one check), unit and integration tests
 * (Vitest), then browser tests (Playwright against the production build). Without Chromium the
 * browser tests are skipped with a plain message, except on CI where that is a failure; so is the
 * many-instances browser test (nginx and two instances) without PostgreSQL or nginx. Ends with
 * one "N passed, N failed" line for all of them.
 */
const artifacts = path.resolve('e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const onCi = process.env.CI === 'true' || process.env.CI === '1';
const bin = (name: string) => path.join('node_modules', '.bin', name);

type Counts = { passed: number; failed: number; skipped: number };
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests?: number };
type PlaywrightReport = { stats?: { expected: number; unexpected: number; flaky: number; skipped: number } };

function readJson<Report>(file: string): Report | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : undefined;
}

const lint = spawnSync(bin('eslint'), ['--max-warnings', '0', '.'], { stdio: 'inherit' });
if (lint.status === 0) totals.passed += 1;
else {
  console.error('Lint failed: run `npm run lint` and fix what it reports.');
  totals.failed += 1;
}

const vitestReport = path.join(artifacts, 'vitest-report.json');
rmSync(vitestReport, { force: true });
const unit = spawnSync(bin('vitest'), ['run', '--config', 'scripts/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], { stdio: 'inherit' });
const vitest = readJson<VitestReport>(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
let failed = lint.status !== 0 || unit.status !== 0 || !vitest;

if (!existsSync(chromium)) {
  const message = `Chromium was not found at ${chromium}: the browser tests did not run. Install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH).`;
  console.log(`\n${message}`);
  if (onCi) {
    console.error('On CI a missing browser is a failure.');
    failed = true;
  }
} else {
  const playwrightReport = path.join(artifacts, 'playwright-report.json');
  rmSync(playwrightReport, { force: true });
  const e2e = spawnSync(bin('playwright'), ['test', '--config', 'e2e/playwright.config.ts'], { stdio: 'inherit' });
  const report = readJson<PlaywrightReport>(playwrightReport);
  if (report?.stats) {
    totals.passed += report.stats.expected;
    totals.failed += report.stats.unexpected + report.stats.flaky;
    totals.skipped += report.stats.skipped;
  }
  failed ||= e2e.status !== 0 || !report;

  // Two instances behind nginx, on the build the run above made. They need a PostgreSQL server
  // (the embedded database takes one connection) and nginx.
  const nginx = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
  const missing = !process.env.DATABASE_URL ? 'a PostgreSQL server (set DATABASE_URL)' : !existsSync(nginx) ? `nginx at ${nginx} ('apt-get install -y nginx', or set NGINX_BIN)` : null;
  if (missing) {
    console.log(`\nThe many-instances browser test did not run: it needs ${missing}.`);
    if (onCi) {
      console.error('On CI that is a failure.');
      failed = true;
    }
  } else {
    const clusterReport = path.join(artifacts, 'playwright-cluster-report.json');
    rmSync(clusterReport, { force: true });
    const cluster = spawnSync(bin('playwright'), ['test', '--config', 'e2e/playwright.cluster.config.ts'], { stdio: 'inherit', env: { ...process.env, E2E_SKIP_BUILD: '1' } });
    const clusterResult = readJson<PlaywrightReport>(clusterReport);
    if (clusterResult?.stats) {
      totals.passed += clusterResult.stats.expected;
      totals.failed += clusterResult.stats.unexpected + clusterResult.stats.flaky;
      totals.skipped += clusterResult.stats.skipped;
    }
    failed ||= cluster.status !== 0 || !clusterResult;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
