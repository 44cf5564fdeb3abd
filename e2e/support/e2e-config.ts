import { readFileSync } from 'node:fs';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * The browser tests' production build lives in a folder of its own (next.config.mjs reads
 * NEXT_DIST_DIR): `npm test` then never writes into `.next`, where `npm run dev` keeps its output
 * (`.next/dev`), and a development server after a test run starts as in a fresh clone.
 */
export const E2E_DIST_DIR = '.next-e2e';
export const E2E_STATE_FILE = path.resolve('e2e', 'artifacts', 'e2e-state.json');
export const ARTIFACTS_DIR = path.resolve('e2e', 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What scripts/e2e-server.ts writes for the specs: the server's database, secrets and fakes. */
export type E2eState = {
  databaseUrl: string; embedded: boolean; appUrl: string; dataDir: string; cronSecret: string; metricsToken: string; fakeResendUrl: string; fakeSmsUrl: string; khaltiSandboxUrl: string; otlpReceiverUrl: string;
  /** The local Web Push service (test-support/fake-push-service.ts), its self-signed certificate, and the server's VAPID public key. */
  fakePushUrl: string; fakePushCaFile: string; vapidPublicKey: string;
  /** The copy of the standalone server the tests run against (scripts/standalone-server.ts). */
  serverDir?: string;
};
export const e2eState = (): E2eState => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as E2eState;
