import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { addresses, categories, inventoryBatches, products, stockMovements, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

/** Test data of the orders tests' own making; every name is unique so test files never collide. */
const tag = () => randomBytes(4).toString('hex');
let passwordHash: Promise<string> | undefined;

export async function makeCategory(): Promise<number> {
  const t = tag();
  const [row] = await db.insert(categories).values({ slug: `test-${t}`, name: `Test ${t}` }).returning({ id: categories.id });
  return row!.id;
}

export async function makeProduct(options: {
  categoryId?: number;
  pricePaisa?: number;
  requiresPrescription?: boolean;
  active?: boolean;
  maxPerOrder?: number;
  batches?: { quantity: number; expiryDate: string }[];
} = {}) {
  const t = tag();
  const categoryId = options.categoryId ?? (await makeCategory());
  const price = options.pricePaisa ?? 10_000;
  const [product] = await db
    .insert(products)
    .values({
      slug: `test-product-${t}`,
      brandName: `Testol ${t}`,
      genericName: 'Testamol',
      strength: '500 mg',
      dosageForm: 'Tablet',
      packSize: '10 tablets',
      manufacturer: 'Test Labs',
      categoryId,
      pricePaisa: price,
      mrpPaisa: price,
      requiresPrescription: options.requiresPrescription ?? false,
      active: options.active ?? true,
      maxPerOrder: options.maxPerOrder ?? 10,
    })
    .returning({ id: products.id, slug: products.slug, brandName: products.brandName, pricePaisa: products.pricePaisa });
  const batchIds: number[] = [];
  for (const [i, batch] of (options.batches ?? [{ quantity: 10, expiryDate: '2099-12-31' }]).entries()) {
    batchIds.push(await receiveBatch(product!.id, batch.quantity, batch.expiryDate, `B${i}-${t}`));
  }
  return { ...product!, batchIds };
}

export async function receiveBatch(productId: number, quantity: number, expiryDate: string, batchNumber = `B-${tag()}`): Promise<number> {
  const [batch] = await db.insert(inventoryBatches).values({ productId, batchNumber, expiryDate, quantity }).returning({ id: inventoryBatches.id });
  if (quantity > 0) await db.insert(stockMovements).values({ productId, batchId: batch!.id, quantityChange: quantity, reason: 'receive' });
  return batch!.id;
}

export async function makeCustomers(count: number): Promise<{ id: string; email: string; addressId: string }[]> {
  const hash = await (passwordHash ??= hashPassword('correct horse battery staple 42'));
  const t = tag();
  const created = await db
    .insert(users)
    .values(Array.from({ length: count }, (_, i) => ({ email: `shopper-${t}-${i}@example.test`, name: `Shopper ${i}`, passwordHash: hash })))
    .returning({ id: users.id, email: users.email });
  const addressRows = await db
    .insert(addresses)
    .values(
      created.map((u) => ({
        userId: u.id,
        recipientName: 'Sita Sharma',
        phone: '9841234567',
        province: 'Bagmati',
        district: 'Kathmandu',
        municipality: 'Kathmandu Metropolitan City',
        ward: 10,
        street: 'New Baneshwor',
        isDefault: true,
      })),
    )
    .returning({ id: addresses.id, userId: addresses.userId });
  const addressOf = new Map(addressRows.map((a) => [a.userId, a.id]));
  return created.map((u) => ({ ...u, addressId: addressOf.get(u.id)! }));
}

export async function makeCustomer() {
  return (await makeCustomers(1))[0]!;
}

export async function stockOf(productId: number): Promise<number> {
  const [row] = await db.select({ q: sql<number>`coalesce(sum(quantity), 0)::int` }).from(inventoryBatches).where(eq(inventoryBatches.productId, productId));
  return row!.q;
}

export async function batchQuantities(productId: number): Promise<number[]> {
  const rows = await db.select({ q: inventoryBatches.quantity }).from(inventoryBatches).where(eq(inventoryBatches.productId, productId)).orderBy(inventoryBatches.id);
  return rows.map((r) => r.q);
}

/** The ledger must explain the on-hand quantity of every batch of the product. */
export async function ledgerMismatches(productId: number): Promise<unknown[]> {
  const rows = await db.execute(sql`
    select b.id, b.quantity, coalesce(sum(m.quantity_change), 0)::int as ledger
    from inventory_batches b left join stock_movements m on m.batch_id = b.id
    where b.product_id = ${productId} group by b.id having b.quantity <> coalesce(sum(m.quantity_change), 0)`);
  return [...rows];
}

export const checkoutKey = () => randomUUID();
