import { seedDatabase } from '@/db/seed';
import { configOrExit } from './config-or-exit';
import { openScriptDatabase } from './database-for-scripts';

/**
 * npm run db:seed [-- --products N] [--no-dev-accounts]
 * Seeds DATABASE_URL, or the embedded database (started here if nothing is serving it yet).
 */

function parseArgs(argv: readonly string[]): { products: number; withDevAccounts: boolean } {
  let products = 0;
  let withDevAccounts = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-dev-accounts') withDevAccounts = false;
    else if (arg === '--products' || arg.startsWith('--products=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      products = Number(value);
      if (!Number.isSafeInteger(products) || products < 0) throw new Error(`--products needs a whole number, got "${value ?? ''}"`);
    } else throw new Error(`Unknown argument "${arg}". Usage: npm run db:seed -- [--products N] [--no-dev-accounts]`);
  }
  return { products, withDevAccounts };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const env = configOrExit();
  // Seeding needs the current schema; migrations are idempotent, so applying them here is harmless.
  const database = await openScriptDatabase(env, { migrate: true });
  const { db } = database;
  try {
    const summary = await seedDatabase(db, {
      products: args.products,
      withDevAccounts: args.withDevAccounts,
      production: env.NODE_ENV === 'production',
      log: (line) => console.log(line),
    });
    if (!summary.skipped) {
      console.log(
        `Seeded ${summary.products} products (${summary.catalogProducts} catalog + ${summary.syntheticProducts} synthetic) in ${summary.categories} categories, ` +
          `${summary.prescriptionOnly} prescription-only, ${summary.alternativeGroups} alternative groups, ` +
          `${summary.batches} batches, ${summary.stockMovements} stock movements in ${(summary.durationMs / 1000).toFixed(1)} s.`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
