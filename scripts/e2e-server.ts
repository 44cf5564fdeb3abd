import { rmSync } from 'node:fs';
import { E2E_PORT, E2E_STATE_FILE } from '@/e2e/support/e2e-config';
import { ensureBuild, prepareE2eApp, standaloneServerDir, startNext, writeState } from './e2e-app';

/**
 * The server Playwright tests run against: the production build (`next build`, then the standalone `server.js` as the Docker image runs it) on a
 * fresh seeded database, with generated secrets and every external service on localhost.
 * scripts/e2e-cluster.ts runs the same app as two instances behind nginx.
 */
const app = await prepareE2eApp({
  appUrl: `http://127.0.0.1:${E2E_PORT}`,
  sandboxPort: E2E_PORT + 1,
  env: {
    SINGLE_INSTANCE: '1',
    // Playwright stands in for one reverse proxy: each test names its client in X-Forwarded-For, and
    // tests of forged headers put the attacker's entries to the left of it, as nginx would.
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? '1',
  },
});
if (!ensureBuild(app.env)) {
  await app.close();
  process.exit(1);
}

const server = startNext(E2E_PORT, app.env);
writeState(E2E_STATE_FILE, { ...app.state, serverDir: standaloneServerDir() });

async function shutdown(code: number) {
  server.kill('SIGTERM');
  await app.close();
  rmSync(E2E_STATE_FILE, { force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
server.on('exit', (code) => void shutdown(code ?? 1));
