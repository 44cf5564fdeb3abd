import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runBuildCommand } from '@serwist/cli';
import { serwist } from '@serwist/next/config';
import { OFFLINE_PAGE_PATH } from '@/lib/offline/offline-pages';

/**
 * Builds public/sw.js from service-worker/sw.ts after `next build` (Serwist's configurator mode,
 * which works with Turbopack builds): esbuild bundles the worker and injects the precache list,
 * the English offline page, the build's CSS and the icons. Run by `npm run build`,
 * scripts/e2e-app.ts and the Dockerfile, with the same NEXT_DIST_DIR as the build it follows.
 * SERVICE_WORKER_DEST puts it elsewhere: the browser tests keep theirs beside their build, so
 * `npm test` never leaves a worker for the tests' build in public/ for the next `npm start` to serve.
 */
const config = await serwist.withNextConfig((nextConfig) => {
  const buildId = readFileSync(path.join(nextConfig.distDir, 'BUILD_ID'), 'utf8').trim();
  return {
    swSrc: 'service-worker/sw.ts',
    swDest: process.env.SERVICE_WORKER_DEST || 'public/sw.js',
    // Prerendered HTML lives under internal paths (/cached/...) that only the proxy reaches.
    precachePrerendered: false,
    // Rendered per request (it carries a CSP nonce), so it is precached by address, once per build.
    // The Nepali one is fetched when a Nepali page is first opened (service-worker/sw.ts).
    additionalPrecacheEntries: [{ url: OFFLINE_PAGE_PATH, revision: buildId }],
    // Only what the offline pages need to look right: their styles and the tab icon. The JS chunks
    // (about 1 MB) are kept as pages use them (service-worker/sw.ts), not downloaded at install on
    // a shopper's mobile data.
    globPatterns: [`${nextConfig.distDir.replace(/\/?$/, '/')}static/**/*.css`, 'public/icon.svg'],
  };
});
await runBuildCommand({ config, watch: false });
