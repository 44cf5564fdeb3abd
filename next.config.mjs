import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser tests build into a folder of their own (scripts/e2e-app.ts), apart from the
  // `.next/dev` that `npm run dev` keeps, so a test run never leaves the dev server stale output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Several instances share one cache (and one tag index) in the Upstash Redis they already share;
  // without it, Next's in-process cache, which is right for a single instance. Read at `next start`
  // too, so one build serves both. See lib/cache-handler/.
  cacheHandler: process.env.UPSTASH_REDIS_REST_URL ? fileURLToPath(new URL('./lib/cache-handler/next-cache-handler.mjs', import.meta.url)) : undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // Native or WASM-heavy server packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    'tesseract.js',
    '@tesseract.js-data/eng',
    'sharp',
    // Loads pdfium.wasm from its own folder at run time.
    '@hyzyla/pdfium',
    '@node-rs/argon2',
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    '@google-cloud/vision',
    'pino',
  ],
  experimental: {
    serverActions: { bodySizeLimit: '11mb' },
    // forbidden() and unauthorized() from next/navigation: real 403s from pages and actions.
    authInterrupts: true,
  },
};

export default nextConfig;
