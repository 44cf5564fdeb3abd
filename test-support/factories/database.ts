import type { Database } from '@/db/connection';

/**
 * The database the factories write to. Vitest uses the run's own (`@/db/client`, loaded lazily so
 * that browser tests, which cannot import server modules, never load it); Playwright specs bind
 * the e2e server's database first (e2e/support/e2e-database.ts).
 */
let bound: Database | undefined;

export function bindFactoryDatabase(database: Database): void {
  bound = database;
}

export async function factoryDatabase(): Promise<Database> {
  return (bound ??= (await import('@/db/client')).db);
}
