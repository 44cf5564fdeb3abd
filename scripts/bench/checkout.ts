import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import { createScratchDatabase } from '@/test-support/test-database';
import { hashPassword } from '@/lib/auth/password';
import { OutOfStockError } from '@/lib/orders/errors';
import { placeOrder } from '@/lib/orders/place-order';
import { writeBenchmarkSection } from './support/benchmarks-doc';

/**
 * `npm run bench:checkout` (under `flock /tmp/medinest-build.lock`): placeOrder on the real
 * PostgreSQL, in a database of its own, with N concurrent shoppers buying random carts from a
 * shared shelf (so batch locks really contend). Counts every SQL statement through postgres.js's
 * debug hook, and writes the "Checkout" section of docs/BENCHMARKS.md.
 */
const { values: args } = parseArgs({
  options: {
    shoppers: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '20' },
    products: { type: 'string', default: '40' },
    server: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const shopperCount = Number(args.shoppers);
const seconds = Number(args.seconds);
const productCount = Number(args.products);

const scratch = await createScratchDatabase({ serverUrl: args.server, prefix: 'medinest_bench_checkout' });
let statements = 0;
const client = postgres(scratch.url, { max: shopperCount, onnotice: () => {}, debug: () => void (statements += 1) });
const db = drizzle(client, { schema, casing: 'snake_case' });

try {
  const { shoppers, productIds } = await seed(db);
  await db.execute(sql`analyze`);
  const cart = () => {
    const lines = new Map<number, number>();
    const size = 1 + Math.floor(Math.random() * 4);
    while (lines.size < size) lines.set(productIds[Math.floor(Math.random() * productIds.length)]!, 1 + Math.floor(Math.random() * 3));
    return [...lines].map(([productId, quantity]) => ({ productId, quantity }));
  };
  const order = (s: (typeof shoppers)[number], paymentMethod: 'cod' | 'esewa' = 'cod') =>
    placeOrder({ userId: s.id, addressId: s.addressId, checkoutKey: randomUUID(), paymentMethod, lines: cart() }, db);

  // Statements for one order with nothing else running: the exact per-order cost.
  for (let i = 0; i < 5; i += 1) await order(shoppers[0]!); // warm up prepared statements
  statements = 0;
  const single = 20;
  for (let i = 0; i < single; i += 1) await order(shoppers[i % shoppers.length]!, i % 2 ? 'esewa' : 'cod');
  const statementsPerOrder = statements / single;

  console.log(`Placing orders with ${shopperCount} concurrent shoppers for ${seconds} s…`);
  statements = 0;
  const latencies: number[] = [];
  let outOfStock = 0;
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    shoppers.map(async (s) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await order(s);
          latencies.push(performance.now() - t0);
        } catch (error) {
          if (error instanceof OutOfStockError) outOfStock += 1;
          else {
            failures += 1;
            console.error(error);
          }
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const [oversold] = await db.execute<{ n: number }>(sql`select count(*)::int as n from inventory_batches where quantity < 0`);
  const result = {
    orders: latencies.length,
    ordersPerSecond: latencies.length / elapsed,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: latencies.at(-1) ?? 0,
    statementsPerOrder,
    statementsPerOrderUnderLoad: statements / Math.max(1, latencies.length + outOfStock),
    outOfStock,
    failures,
    negativeBatches: oversold?.n ?? 0,
  };
  console.log(result);

  const report = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`placeOrder\` (lib/orders/place-order.ts) called directly, ${shopperCount} concurrent shoppers for ${seconds} s on the real PostgreSQL 15 (a fresh database of its own, pool of ${shopperCount} connections). Each order is a random cart of 1–4 lines (1–3 units each) from a shared shelf of ${productCount} products with 3 batches each, so batch row locks contend.`,
    '',
    '| measure | value | target |',
    '|---|---|---|',
    `| orders placed | ${result.orders} | |`,
    `| orders/s | ${result.ordersPerSecond.toFixed(1)} | |`,
    `| latency p50 | ${result.p50.toFixed(1)} ms | |`,
    `| latency p95 | ${result.p95.toFixed(1)} ms | ≤ 500 ms |`,
    `| latency p99 / max | ${result.p99.toFixed(1)} / ${result.max.toFixed(1)} ms | |`,
    `| SQL statements per order (one order alone, BEGIN and COMMIT included) | ${result.statementsPerOrder.toFixed(1)} | ≤ 30 |`,
    `| SQL statements per attempt under load | ${result.statementsPerOrderUnderLoad.toFixed(1)} | |`,
    `| out-of-stock answers / other failures | ${result.outOfStock} / ${result.failures} | 0 failures |`,
    `| batches below zero afterwards | ${result.negativeBatches} | 0 |`,
    '',
    'Statements are counted with postgres.js’s `debug` hook. Latency is measured around the whole call, including waiting for a pooled connection and for batch locks held by other shoppers. It measures the order transaction itself, not the HTTP round trip of the checkout server action (session, rendering).',
  ].join('\n');
  console.log(`\n${report}`);
  if (!args['no-docs']) writeBenchmarkSection('Checkout', report);
  if (result.failures > 0 || result.negativeBatches > 0) process.exitCode = 1;
} finally {
  await client.end({ timeout: 5 });
  await scratch.drop();
}

async function seed(database: typeof db) {
  const [category] = await database.insert(schema.categories).values({ slug: 'bench', name: 'Bench' }).returning({ id: schema.categories.id });
  const products = await database
    .insert(schema.products)
    .values(
      Array.from({ length: productCount }, (_, i) => ({
        slug: `bench-${i}`,
        brandName: `Benchamol ${i}`,
        genericName: 'Benchamol',
        strength: `${(i % 5) * 100 + 100} mg`,
        dosageForm: 'Tablet',
        packSize: '10 tablets',
        manufacturer: 'Bench Labs',
        categoryId: category!.id,
        pricePaisa: 1_000 + i * 250,
        mrpPaisa: 1_000 + i * 250,
      })),
    )
    .returning({ id: schema.products.id });
  const batches = await database
    .insert(schema.inventoryBatches)
    .values(products.flatMap((p) => [0, 1, 2].map((b) => ({ productId: p.id, batchNumber: `B${b}`, expiryDate: `${2030 + b}-01-01`, quantity: 1_000_000 }))))
    .returning({ id: schema.inventoryBatches.id, productId: schema.inventoryBatches.productId, quantity: schema.inventoryBatches.quantity });
  await database.insert(schema.stockMovements).values(batches.map((b) => ({ productId: b.productId, batchId: b.id, quantityChange: b.quantity, reason: 'receive' as const })));
  const passwordHash = await hashPassword('bench-shopper-password-1');
  const users = await database
    .insert(schema.users)
    .values(Array.from({ length: shopperCount }, (_, i) => ({ email: `bench-${i}@example.test`, name: `Bench ${i}`, passwordHash, emailVerifiedAt: new Date() })))
    .returning({ id: schema.users.id });
  const addresses = await database
    .insert(schema.addresses)
    .values(users.map((u) => ({ userId: u.id, recipientName: 'Bench', phone: '9841234567', province: 'Bagmati', district: 'Kathmandu', municipality: 'Kathmandu', ward: 1, street: 'Bench Road', isDefault: true })))
    .returning({ id: schema.addresses.id, userId: schema.addresses.userId });
  return { shoppers: addresses.map((a) => ({ id: a.userId, addressId: a.id })), productIds: products.map((p) => p.id) };
}
