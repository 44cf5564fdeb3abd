import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_STATE_FILE = path.resolve('e2e', 'artifacts', 'e2e-state.json');
export const ARTIFACTS_DIR = path.resolve('e2e', 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
