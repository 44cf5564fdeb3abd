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
    // next-auth imports `next/server` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-auth'] } },
  },
});
