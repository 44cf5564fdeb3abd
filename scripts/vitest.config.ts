import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');
// The embedded database is one PGlite behind one connection: test files then run one at a time.
const embedded = !process.env.DATABASE_URL;

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests are server code.
      { find: /^server-only$/, replacement: `${root}/test-support/server-only-stub.ts` },
      // Pages and actions under test read their words through next-intl's server functions: the
      // build for server components, with the shop's request config (next.config.mjs names it for Next).
      { find: /^next-intl\/server$/, replacement: `${root}/node_modules/next-intl/dist/esm/production/server.react-server.js` },
      { find: /^next-intl\/config$/, replacement: `${root}/lib/i18n/request.ts` },
      { find: /^next\/root-params$/, replacement: `${root}/test-support/root-params-stub.ts` },
    ],
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'db/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'test-support/**/*.test.ts'],
    globalSetup: ['test-support/vitest-global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: !embedded,
    maxWorkers: embedded ? 1 : 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // next-auth and next-intl import `next/server` and `next/headers` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-auth', 'next-intl'] } },
  },
});
