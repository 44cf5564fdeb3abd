import { readFileSync } from 'node:fs';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_STATE_FILE = path.resolve('e2e', 'artifacts', 'e2e-state.json');
export const ARTIFACTS_DIR = path.resolve('e2e', 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What scripts/e2e-server.ts writes for the specs: the server's database, secrets and fakes. */
export type E2eState = { databaseUrl: string; embedded: boolean; appUrl: string; dataDir: string; cronSecret: string; fakeResendUrl: string };
export const e2eState = (): E2eState => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as E2eState;
