import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@/db/connection';
import { startEmbeddedDatabase } from '@/db/embedded';
import { applyMigrations } from '@/db/migrate';
import { payments, prescriptions } from '@/db/schema';
import { env } from '@/lib/env';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { placeTestOrder } from '@/test-support/factories/orders';
import { createPrescription, linkOrder } from '@/test-support/factories/prescriptions';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer } from '@/test-support/factories/users';
import { createScratchDatabase, freePort } from '@/test-support/test-database';
import { portInUse } from '@/scripts/database-for-scripts';
import { parseBackupEnv } from '@/lib/env-schema';
import { createBackup } from './create-backup';
import { relationCount } from './postgres-tools';
import { restoreBackup } from './restore-backup';

/**
 * `npm run db:backup` and `npm run db:restore` as an operator runs them (their scripts, in their
 * own processes) on a shop with orders, a payment and a prescription; then the app's own order
 * and prescription-file code, in another process on the restored database and folder, must read
 * exactly what it read before.
 */
const realServer = process.env.TEST_SERVER_URL;
const tsx = path.resolve('node_modules/.bin/tsx');
const folders: string[] = [];
const tempFolder = (prefix: string) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), `medinest-${prefix}-`));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type Run = { code: number | null; stdout: string; stderr: string };

function run(script: string, args: string[], extraEnv: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['--conditions=react-server', script, ...args], {
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', DATABASE_URL: '', UPSTASH_REDIS_REST_URL: '', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const backup = (extraEnv: Record<string, string>) => run('scripts/backup.ts', [], extraEnv);
const restore = (file: string, extraEnv: Record<string, string>) => run('scripts/restore.ts', [file], extraEnv);
const archiveIn = (output: string) => /Backup written: (\S+)/.exec(output)?.[1] ?? '';

/** A shop: a cash order, an eSewa order with its payment, and a prescription linked to an order, its file in `dataDir`. */
async function stockShop(database: Database, dataDir: string) {
  bindFactoryDatabase(database);
  const customer = await createCustomer();
  const product = await createProduct({ pricePaisa: 25_000 });
  const cash = await placeTestOrder({ customer, lines: [{ productId: product.id, quantity: 2 }] });
  const esewa = await placeTestOrder({ customer, paymentMethod: 'esewa', lines: [{ productId: product.id, quantity: 1 }] });
  await database.insert(payments).values({ orderId: esewa.orderId, provider: 'esewa', transactionUuid: `backup-${esewa.number}`, amountPaisa: esewa.totalPaisa, status: 'pending' });
  const prescription = await createPrescription({ customer });
  await linkOrder(cash.orderId, prescription.id);

  // The upload went to this test run's data folder; the shop's folder holds it and its key.
  const [row] = await database.select({ fileKey: prescriptions.fileKey }).from(prescriptions).where(eq(prescriptions.id, prescription.id));
  mkdirSync(path.join(dataDir, 'uploads'), { recursive: true });
  copyFileSync(path.join(env.DATA_DIR, 'uploads', row!.fileKey), path.join(dataDir, 'uploads', row!.fileKey));
  writeFileSync(path.join(dataDir, 'dev-secrets.json'), readFileSync(path.join(env.DATA_DIR, 'dev-secrets.json')));
  return { customer, cash, esewa, prescriptionId: prescription.id, fileKey: row!.fileKey };
}

type Shop = Awaited<ReturnType<typeof stockShop>>;

/** What the order page and the file route read, from a process of its own on that database and folder. */
async function readShop(shop: Shop, target: Record<string, string>) {
  const result = await run('test-support/read-shop-order.ts', [shop.customer.id, shop.cash.number, shop.prescriptionId], target);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { order: { number: string; timeline: unknown[]; prescriptions: unknown[] }; file: { sha256: string; bytes: number } };
}

const noStack = (output: string) => expect(output).not.toMatch(/\n\s+at /);

describe('backups', () => {
  if (realServer)
    it('backs up a PostgreSQL shop encrypted and restores it into a new database and data folder', async () => {
      const shopDatabase = await createScratchDatabase({ serverUrl: realServer, prefix: 'medinest_backup_src' });
      const target = await createScratchDatabase({ serverUrl: realServer, prefix: 'medinest_backup_dst', migrate: false });
      try {
        const shopDir = tempFolder('shop');
        const shop = await stockShop(shopDatabase.db, shopDir);
        const before = await readShop(shop, { DATABASE_URL: shopDatabase.url, DATA_DIR: shopDir });
        expect(before.order.timeline.length).toBeGreaterThan(0);
        expect(before.order.prescriptions).toHaveLength(1);

        const backups = tempFolder('backups');
        const key = 'correct horse battery staple 2026';
        const made = await backup({ DATABASE_URL: shopDatabase.url, DATA_DIR: shopDir, BACKUP_DIR: backups, BACKUP_ENCRYPTION_KEY: key });
        expect(made.stderr).toBe('');
        expect(made.code).toBe(0);
        const archive = archiveIn(made.stdout);
        expect(made.stdout).toContain('postgres database, 1 uploaded files, encrypted');
        // Nothing of the shop is readable in the encrypted archive.
        expect(readFileSync(archive).includes(Buffer.from(shop.cash.number))).toBe(false);

        const restoredDir = path.join(tempFolder('restore'), 'data');
        const into = { DATABASE_URL: target.url, DATA_DIR: restoredDir };

        const wrongKey = await restore(archive, { ...into, BACKUP_ENCRYPTION_KEY: 'not the key it was made with' });
        expect(wrongKey.code).toBe(1);
        expect(wrongKey.stderr).toContain('BACKUP_ENCRYPTION_KEY is not the key this archive was encrypted with');
        noStack(wrongKey.stderr);
        const noKey = await restore(archive, into);
        expect(noKey.code).toBe(1);
        expect(noKey.stderr).toContain('This archive is encrypted');
        const overData = await restore(archive, { DATABASE_URL: shopDatabase.url, DATA_DIR: restoredDir, BACKUP_ENCRYPTION_KEY: key });
        expect(overData.code).toBe(1);
        expect(overData.stderr).toContain('already has tables');
        // The refusals touched neither target.
        expect(await relationCount(target.url)).toBe(0);
        expect(existsSync(restoredDir)).toBe(false);

        const restored = await restore(archive, { ...into, BACKUP_ENCRYPTION_KEY: key });
        expect(restored.stderr).toBe('');
        expect(restored.code).toBe(0);

        expect(await readShop(shop, into)).toEqual(before);
        expect(readFileSync(path.join(restoredDir, 'uploads', shop.fileKey)).equals(readFileSync(path.join(shopDir, 'uploads', shop.fileKey)))).toBe(true);
        const [payment] = await target.db.select({ status: payments.status, amountPaisa: payments.amountPaisa }).from(payments).where(eq(payments.orderId, shop.esewa.orderId));
        expect(payment).toEqual({ status: 'pending', amountPaisa: shop.esewa.totalPaisa });

        const again = await restore(archive, { ...into, BACKUP_ENCRYPTION_KEY: key });
        expect(again.code).toBe(1);
        expect(again.stderr).toContain('is not empty');
      } finally {
        await target.drop();
        await shopDatabase.drop();
      }
    }, 600_000);

  // In this process (the lib functions the scripts call) to keep it quick; the reader is its own process.
  it('backs up the embedded database (refused while a server owns it) and restores it into a new data folder', async () => {
    const shopDir = tempFolder('embedded-shop');
    const port = await freePort();
    const server = await startEmbeddedDatabase({ dataDir: shopDir, port });
    const connection = createDatabase({ url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, embedded: true });
    const backups = tempFolder('embedded-backups');
    const embeddedEnv = parseBackupEnv({ DATA_DIR: shopDir, EMBEDDED_DB_PORT: String(port), BACKUP_DIR: backups, BACKUP_KEEP: '1' });
    let before: Awaited<ReturnType<typeof readShop>>;
    let shop: Shop;
    try {
      await applyMigrations(connection.db);
      shop = await stockShop(connection.db, shopDir);
      await connection.client.end({ timeout: 5 });
      before = await readShop(shop, { DATA_DIR: shopDir, EMBEDDED_DB_PORT: String(port) });
      await expect(createBackup(embeddedEnv, { portInUse })).rejects.toThrow(`The embedded database is being served on port ${port}`);
    } finally {
      await server.stop();
    }

    const made = await createBackup(embeddedEnv, { portInUse });
    expect(made).toMatchObject({ database: 'pglite', files: 1, encrypted: false });
    // BACKUP_KEEP=1: the second backup replaces the first.
    const second = await createBackup(embeddedEnv, { portInUse });
    expect(second.pruned).toEqual([path.basename(made.file)]);
    expect(readdirSync(backups)).toEqual([path.basename(second.file)]);

    // A damaged plain archive is refused before anything is written.
    const damaged = path.join(tempFolder('damaged-archive'), 'damaged.mnbak');
    const bytes = readFileSync(second.file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(damaged, bytes);
    const damagedDir = path.join(tempFolder('damaged'), 'data');
    await expect(restoreBackup(damaged, parseBackupEnv({ DATA_DIR: damagedDir }))).rejects.toThrow(/damaged|truncated/);
    expect(existsSync(damagedDir)).toBe(false);

    const restoredDir = path.join(tempFolder('embedded-restore'), 'data');
    expect(await restoreBackup(second.file, parseBackupEnv({ DATA_DIR: restoredDir }))).toMatchObject({ database: 'pglite' });
    await expect(restoreBackup(second.file, parseBackupEnv({ DATA_DIR: restoredDir }))).rejects.toThrow('is not empty');
    const restoredPort = await freePort();
    const restoredServer = await startEmbeddedDatabase({ dataDir: restoredDir, port: restoredPort });
    try {
      expect(await readShop(shop, { DATA_DIR: restoredDir, EMBEDDED_DB_PORT: String(restoredPort) })).toEqual(before);
      const check = createDatabase({ url: `postgres://postgres:postgres@127.0.0.1:${restoredPort}/postgres`, embedded: true });
      const [row] = (await check.db.execute(sql`select count(*)::int as count from payments where order_id = ${shop.esewa.orderId}`)) as unknown as { count: number }[];
      expect(row!.count).toBe(1);
      await check.client.end({ timeout: 5 });
    } finally {
      await restoredServer.stop();
    }
    expect(readFileSync(path.join(restoredDir, 'uploads', shop.fileKey)).equals(readFileSync(path.join(shopDir, 'uploads', shop.fileKey)))).toBe(true);
  }, 600_000);
});
