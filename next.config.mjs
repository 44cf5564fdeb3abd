import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { ANONYMOUS_PAGES, underPrefix } from './lib/catalog/anonymous-pages.mjs';
import { ENGLISH_PAGES, LOCALE_PREFIXES } from './lib/i18n/locale-routes.mjs';
import { CACHED_PAGE_CACHE_CONTROL, staticSecurityHeaders } from './lib/security/page-policy.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser tests build into a folder of their own (scripts/e2e-app.ts), apart from the
  // `.next/dev` that `npm run dev` keeps, so a test run never leaves the dev server stale output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `<distDir>/standalone` holds server.js and only the node_modules the server uses: the Docker
  // image (Dockerfile) and the browser tests (scripts/e2e-app.ts) run that, never the repo's tree.
  output: 'standalone',
  // Files the server reads with fs at run time, which the trace of imports cannot see.
  outputFileTracingIncludes: {
    // lib/api/docs/reference-page.ts serves Scalar's bundle from node_modules.
    '/api/docs/**': ['./node_modules/@scalar/api-reference/dist/browser/standalone.js'],
    // tesseract.js starts its worker from a file path and the worker requires its own packages, and
    // it reads the language model from @tesseract.js-data/eng's folder (lib/ocr/tesseract-engine.ts).
    '/**': [
      './node_modules/@tesseract.js-data/eng/4.0.0/**/*',
      './node_modules/tesseract.js/**/*',
      './node_modules/tesseract.js-core/**/*',
      ...['bmp-js', 'idb-keyval', 'is-url', 'regenerator-runtime', 'wasm-feature-detect', 'zlibjs', 'whatwg-url', 'tr46', 'webidl-conversions'].map((name) => `./node_modules/${name}/**/*`),
    ],
  },
  // One handler for one instance (Next's in-process cache) or many (the shared Redis cache, when
  // UPSTASH_REDIS_REST_URL is set); it also stores each cached page's script hashes. See lib/next-cache/.
  cacheHandler: fileURLToPath(new URL('./lib/next-cache/handler.mjs', import.meta.url)),
  // Anonymous catalog pages are served from cache: proxy.ts names the cached route in these request
  // headers (and strips them from every other request); see lib/catalog/cached-routes.ts.
  async rewrites() {
    /** @type {(source: string, route: string, key?: string) => import('next/dist/lib/load-custom-routes').Rewrite[]} */
    const cachedRoute = (source, route, key = '[A-Za-z0-9_-]{1,400}') =>
      LOCALE_PREFIXES.map(({ locale, prefix }) => ({
        source: underPrefix(source, prefix),
        has: [
          { type: 'header', key: 'x-medinest-cached-route', value: route },
          { type: 'header', key: 'x-medinest-cached-key', value: `(?<key>${key})` },
        ],
        destination: `/${locale}/cached/${route}/:key`,
      }));
    return {
      beforeFiles: [
        // The hottest anonymous page loads need no proxy to choose their route (lib/catalog/anonymous-pages.mjs).
        ...ANONYMOUS_PAGES.map(({ name, ...rule }) => rule),
        ...cachedRoute('/', 'home'),
        ...cachedRoute('/products', 'listing'),
        // A plain search's key is its normalised text (lib/catalog/cached-routes.ts).
        ...cachedRoute('/products', 'search', '[a-z0-9 ]{1,40}'),
        ...cachedRoute('/products/:slug', 'product'),
      ],
      // Every page lives under app/[locale]: an English address has no prefix (lib/i18n/locale-routes.mjs).
      afterFiles: ENGLISH_PAGES,
    };
  },
  // What the proxy adds to every page, for the pages it never sees; their content policy is stored
  // with the cached page by lib/next-cache/handler.mjs.
  async headers() {
    const security = staticSecurityHeaders({ production: process.env.NODE_ENV === 'production' });
    const headers = [{ key: 'Cache-Control', value: CACHED_PAGE_CACHE_CONTROL }, ...Object.entries(security).map(([key, value]) => ({ key, value }))];
    return ANONYMOUS_PAGES.map(({ name, destination, ...rule }) => ({ ...rule, headers }));
  },
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
    // One metrics registry per process: the cache handler (loaded by Node) and the routes share it.
    'prom-client',
    // One OpenTelemetry API for Next's own spans and ours (lib/observability/tracing.ts).
    '@opentelemetry/api',
  ],
  experimental: {
    // Rewrites and header rules match the path as written: their patterns (lib/catalog/anonymous-pages.mjs)
    // are lower case on purpose, and the proxy's matcher is case-sensitive too.
    caseSensitiveRoutes: true,
    serverActions: { bodySizeLimit: '11mb' },
    // forbidden() and unauthorized() from next/navigation: real 403s from pages and actions.
    authInterrupts: true,
    // app/global-not-found.tsx answers addresses no route matches, per request (with the CSP nonce),
    // while app/not-found.tsx stays static: it is part of every page's tree, cached ones included.
    globalNotFound: true,
  },
};

// next-intl reads each page's language and messages from lib/i18n/request.ts. Every file under
// messages/ is compiled at build time to the form its formatter reads (`[["label"], " is required"]`;
// a message that is not valid ICU fails the build), so no ICU parser ships to the browser; code reads
// a message's words through a translator (lib/i18n/messages.ts). `locales` only matters to
// next-intl's message extraction, which is off.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

export default withNextIntl(nextConfig);
