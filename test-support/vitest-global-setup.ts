import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDatabase } from '@/db/seed';
import { createScratchDatabase, type ScratchDatabase } from './test-database';

/**
 * Each `vitest run` gets its own fresh, migrated, seeded database, and its own data folder for
 * generated secrets and uploads. Workers inherit the environment set here.
 */
let scratch: ScratchDatabase | undefined;
let dataDir: string | undefined;

export async function setup(): Promise<void> {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-test-data-'));
  process.env.DATA_DIR = dataDir;
  Object.assign(process.env, { NODE_ENV: 'test' });
  process.env.LOG_LEVEL ??= 'silent';
  // The server the run started with is where scratch databases for individual tests are made too.
  if (process.env.DATABASE_URL) process.env.TEST_SERVER_URL = process.env.DATABASE_URL;

  scratch = await createScratchDatabase();
  await seedDatabase(scratch.db, { production: false, log: () => {} });
  if (scratch.embedded) {
    // The embedded server takes one connection at a time: the test files' processes use it.
    await scratch.release();
    delete process.env.DATABASE_URL;
    process.env.EMBEDDED_DB_PORT = String(scratch.port);
  } else {
    process.env.DATABASE_URL = scratch.url;
  }
}

export async function teardown(): Promise<void> {
  await scratch?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
