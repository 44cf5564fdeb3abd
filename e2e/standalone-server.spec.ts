import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DIST_DIR, e2eState } from './support/e2e-config';

/**
 * The browser tests run against the standalone server the Docker image runs, copied outside the
 * repo (scripts/standalone-server.ts). The files the server reads with fs, which only
 * next.config.mjs outputFileTracingIncludes puts there, must be in that copy; OCR and /api/docs
 * are exercised by prescriptions.spec.ts and api.spec.ts on the same server.
 */

const serverDir = () => {
  const dir = e2eState().serverDir;
  if (!dir) throw new Error('scripts/e2e-server.ts wrote no serverDir: the tests are not running on the standalone server');
  return dir;
};

test('the server runs from a standalone copy with no node_modules of the repo above it', () => {
  const dir = serverDir();
  expect(existsSync(path.join(dir, 'server.js'))).toBe(true);
  expect(path.relative(process.cwd(), dir).startsWith('..')).toBe(true);
  for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
    expect(existsSync(path.join(parent, 'node_modules')), `${parent}/node_modules`).toBe(false);
  }
});

test('the files the server reads at run time are in the standalone tree', () => {
  const dir = serverDir();
  for (const file of [
    'node_modules/@scalar/api-reference/dist/browser/standalone.js',
    'node_modules/@tesseract.js-data/eng/4.0.0/eng.traineddata.gz',
    'node_modules/tesseract.js/src/worker-script/node/index.js',
    'node_modules/tesseract.js/src/constants/imageType.js',
    'node_modules/@hyzyla/pdfium/dist/pdfium.wasm',
    'lib/next-cache/handler.mjs',
  ]) {
    expect(existsSync(path.join(dir, file)), file).toBe(true);
  }
});

test("the API reference's script is Scalar's bundle, served from the standalone tree", async ({ request }) => {
  const response = await request.get('/api/docs/scalar.js');
  expect(response.status()).toBe(200);
  const served = await response.body();
  expect(served.equals(readFileSync(path.join(serverDir(), 'node_modules/@scalar/api-reference/dist/browser/standalone.js')))).toBe(true);
});

test('the service worker served is the one built beside the tests’ build (public/ is left to `npm run build`)', async ({ request }) => {
  const response = await request.get('/sw.js');
  expect(response.status()).toBe(200);
  expect((await response.body()).equals(readFileSync(path.join(E2E_DIST_DIR, 'sw.js')))).toBe(true);
});
