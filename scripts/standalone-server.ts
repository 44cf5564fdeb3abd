import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The server the Docker image runs, assembled as the Dockerfile does it: `<distDir>/standalone`
 * plus `<distDir>/static` and `public/`, copied into a temporary folder outside the repo. Node looks
 * for packages in every parent folder, so run inside the repo a package the trace missed would
 * still be found in the repo's node_modules; from the copy it is missing, as in the image.
 */
export function copyStandaloneServer(distDir: string): { dir: string; serverJs: string; remove(): void } {
  const standalone = path.join(distDir, 'standalone');
  if (!existsSync(path.join(standalone, 'server.js'))) {
    throw new Error(`${standalone}/server.js is missing: build again (without E2E_SKIP_BUILD=1); next.config.mjs has output 'standalone'.`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-standalone-'));
  cpSync(standalone, dir, { recursive: true, verbatimSymlinks: true });
  cpSync(path.join(distDir, 'static'), path.join(dir, path.basename(distDir), 'static'), { recursive: true });
  cpSync('public', path.join(dir, 'public'), { recursive: true });
  // The browser tests build their service worker beside their build (scripts/e2e-app.ts).
  const worker = path.join(distDir, 'sw.js');
  if (existsSync(worker)) cpSync(worker, path.join(dir, 'public', 'sw.js'));
  return { dir, serverJs: path.join(dir, 'server.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
