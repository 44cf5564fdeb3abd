import { test } from '@playwright/test';
import { createDatabase } from '@/db/connection';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { e2eState } from './e2e-config';

/**
 * The e2e server's database for one spec file: the factories (test-support/factories/) write to
 * it, and `sql` is there for what a spec checks or changes itself (a status, a clock set back).
 * Opened before the file's own hooks run, closed after its last test. Drizzle takes over the
 * client's JSON serializer, so JSON goes in as text cast to jsonb, not through `sql.json`.
 */
export function connectE2eDatabase() {
  let database: ReturnType<typeof createDatabase> | undefined;
  test.beforeAll(() => {
    const { databaseUrl, embedded } = e2eState();
    database = createDatabase({ url: databaseUrl, embedded, poolMax: 2 });
    bindFactoryDatabase(database.db);
  });
  test.afterAll(async () => {
    await database?.client.end();
    database = undefined;
  });
  return {
    get sql() {
      if (!database) throw new Error('connectE2eDatabase: the database opens in beforeAll');
      return database.client;
    },
  };
}
