import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import type { Database } from '@/db/connection';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { escapeSvgText } from '@/lib/catalog/pack-picture';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { planCatalogBatches } from './batches';
import { CATALOG_PRODUCTS, CATEGORIES, DEV_ACCOUNTS, DevAccountsInProductionError, RX_ONLY_CATEGORY_SLUGS, seedDatabase, type SeedSummary } from './index';

// Other test files add their own products and batches to the shared database at the same time, so
// the invariants below look only at the seeded catalog.
const catalogSlugs = CATALOG_PRODUCTS.map((p) => p.slug);
const slugList = sql.join(
  catalogSlugs.map((slug) => sql`${slug}`),
  sql`, `,
);

async function count(database: Database, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = (await database.execute(sql`select count(*)::int as n from (${query}) as q`)) as unknown as { n: number }[];
  return row!.n;
}

describe('the seeded catalog', () => {
  it('has at least 150 products in at least 10 categories', async () => {
    expect(await count(db, sql`select 1 from products where slug in (${slugList})`)).toBe(CATALOG_PRODUCTS.length);
    expect(CATALOG_PRODUCTS.length).toBeGreaterThanOrEqual(150);
    const categoriesUsed = await count(db, sql`select distinct category_id from products where slug in (${slugList})`);
    expect(categoriesUsed).toBeGreaterThanOrEqual(10);
  });

  it('makes every antibiotic, diabetes and heart medicine prescription-only', async () => {
    const rxCategories = sql.join(RX_ONLY_CATEGORY_SLUGS.map((slug) => sql`${slug}`), sql`, `);
    const inThem = sql`select p.requires_prescription from products p join categories c on c.id = p.category_id where c.slug in (${rxCategories})`;
    expect(await count(db, inThem)).toBeGreaterThan(40);
    expect(await count(db, sql`${inThem} and not p.requires_prescription`)).toBe(0);
  });

  it('sells some medicines without a prescription', async () => {
    expect(await count(db, sql`select 1 from products where slug in (${slugList}) and not requires_prescription`)).toBeGreaterThan(50);
  });

  it('never has negative stock', async () => {
    expect(await count(db, sql`select 1 from inventory_batches where quantity < 0`)).toBe(0);
  });

  it('explains every batch quantity with the sum of its stock movements', async () => {
    const mismatched = sql`
      select b.id from inventory_batches b
      join products p on p.id = b.product_id and p.slug in (${slugList})
      left join stock_movements m on m.batch_id = b.id
      group by b.id having b.quantity <> coalesce(sum(m.quantity_change), 0)`;
    expect(await count(db, sql`select 1 from inventory_batches b join products p on p.id = b.product_id and p.slug in (${slugList})`)).toBeGreaterThan(300);
    expect(await count(db, mismatched)).toBe(0);
  });

  it('records how each batch arrived with a receive movement', async () => {
    const withoutReceive = sql`
      select b.id from inventory_batches b join products p on p.id = b.product_id and p.slug in (${slugList})
      where not exists (select 1 from stock_movements m where m.batch_id = b.id and m.reason = 'receive')`;
    expect(await count(db, withoutReceive)).toBe(0);
  });

  it('offers alternatives: at least 25 generic and strength groups with two or more active brands', async () => {
    const groups = sql`
      select generic_name, strength from products where active and slug in (${slugList})
      group by generic_name, strength having count(*) >= 2`;
    expect(await count(db, groups)).toBeGreaterThanOrEqual(25);
  });

  it('has expired batches, batches near expiry and products out of stock', async () => {
    const catalogBatches = sql`select b.* from inventory_batches b join products p on p.id = b.product_id and p.slug in (${slugList})`;
    expect(await count(db, sql`${catalogBatches} where b.expiry_date < current_date and b.quantity > 0`)).toBeGreaterThan(0);
    expect(await count(db, sql`${catalogBatches} where b.expiry_date between current_date and current_date + 60 and b.quantity > 0`)).toBeGreaterThan(0);
    const outOfStock = sql`
      select p.id from products p left join inventory_batches b on b.product_id = p.id
      where p.slug in (${slugList}) group by p.id having coalesce(sum(b.quantity), 0) = 0`;
    expect(await count(db, outOfStock)).toBeGreaterThan(0);
  });

  it('never prices a product above its MRP and always in whole paisa', async () => {
    expect(await count(db, sql`select 1 from products where mrp_paisa < price_paisa or price_paisa <= 0`)).toBe(0);
    expect(await count(db, sql`select 1 from products where slug in (${slugList}) and mrp_paisa > price_paisa`)).toBeGreaterThan(0);
  });

  it('gives every product a drawn pack picture of its own brand, stored once under its hash', async () => {
    const rows = (await db.execute(sql`select p.slug, p.brand_name, p.image_url, i.key, convert_from(i.bytes, 'UTF8') as svg
      from products p left join product_images i on p.image_url = '/api/product-images/public/' || i.key
      where p.slug in (${slugList})`)) as unknown as { slug: string; brand_name: string; image_url: string | null; key: string | null; svg: string | null }[];
    expect(rows).toHaveLength(CATALOG_PRODUCTS.length);
    // Other test files may upload a photo for a seeded product; every other product shows its pack.
    const drawn = rows.filter((r) => r.image_url === null || r.image_url.startsWith('/api/product-images/public/'));
    expect(drawn.length).toBeGreaterThan(CATALOG_PRODUCTS.length - 5);
    for (const row of drawn) {
      expect(row.key, row.slug).not.toBeNull();
      expect(row.svg, row.slug).toContain(`>${escapeSvgText(row.brand_name.split(' ')[0]!)}`);
    }
  });

  it('creates the development accounts with their published passwords and roles', async () => {
    const rows = await db
      .select({ email: users.email, role: users.role, passwordHash: users.passwordHash })
      .from(users)
      .where(inArray(users.email, DEV_ACCOUNTS.map((a) => a.email)));
    expect(rows).toHaveLength(DEV_ACCOUNTS.length);
    for (const account of DEV_ACCOUNTS) {
      const row = rows.find((r) => r.email === account.email)!;
      expect(row.role).toBe(account.role);
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(row.passwordHash, account.password)).toBe(true);
      expect(await verifyPassword(row.passwordHash, `${account.password}x`)).toBe(false);
    }
  });
});

describe('seedDatabase', () => {
  let scratch: ScratchDatabase | undefined;
  let first: SeedSummary;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    first = await seedDatabase(scratch.db, { products: 500, withDevAccounts: false, log: () => {} });
  }, 120_000);
  afterAll(async () => {
    await scratch?.drop();
  });

  it('adds exactly 500 synthetic products, each with one stocked batch, after the catalog', async () => {
    const database = scratch!.db;
    expect(first.syntheticProducts).toBe(500);
    expect(await count(database, sql`select 1 from products`)).toBe(CATALOG_PRODUCTS.length + 500);
    const synthetic = sql`select p.id from products p where p.slug not in (${slugList})`;
    expect(await count(database, synthetic)).toBe(500);
    const oneFreshBatch = sql`
      select p.id from products p join inventory_batches b on b.product_id = p.id
      join stock_movements m on m.batch_id = b.id and m.reason = 'receive' and m.quantity_change = b.quantity
      where p.slug not in (${slugList}) and b.quantity > 0 and b.expiry_date > current_date + 150
      group by p.id having count(*) = 1`;
    expect(await count(database, oneFreshBatch)).toBe(500);
    expect(await count(database, sql`select 1 from users`)).toBe(0);
  });

  it('writes the Nepali category names, descriptions and leaflets into the database', async () => {
    const database = scratch!.db;
    expect(await count(database, sql`select 1 from categories where coalesce(name_ne, '') = '' or coalesce(description_ne, '') = ''`)).toBe(0);
    const missing = sql`select 1 from products where slug in (${slugList}) and (coalesce(description_ne, '') = '' or coalesce(usage_ne, '') = '' or coalesce(warnings_ne, '') = '')`;
    expect(await count(database, missing)).toBe(0);
  });

  it('fills in the Nepali text a catalog seeded before it existed lacks, and never text someone wrote', async () => {
    const database = scratch!.db;
    const [first, second, third] = CATALOG_PRODUCTS.filter((p) => p.descriptionNe);
    await database.execute(sql`update products set description_ne = null, usage_ne = null, warnings_ne = null where slug in (${first!.slug}, ${second!.slug}, ${third!.slug})`);
    // An admin rewrote one English leaflet, and wrote another's Nepali description themselves.
    await database.execute(sql`update products set description = 'Rewritten by the pharmacy.' where slug = ${second!.slug}`);
    await database.execute(sql`update products set description_ne = 'फार्मेसीले लेखेको।' where slug = ${third!.slug}`);
    await database.execute(sql`update categories set name_ne = null, description_ne = null where slug = ${CATEGORIES[0]!.slug}`);

    const again = await seedDatabase(database, { log: () => {} });
    expect(again).toMatchObject({ skipped: true, nepaliFilled: { categories: 1, products: 1 } });
    type Row = { slug: string; description_ne: string | null; usage_ne: string | null };
    const rows = (await database.execute(sql`select slug, description_ne, usage_ne from products where slug in (${first!.slug}, ${second!.slug}, ${third!.slug})`)) as unknown as Row[];
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    expect(bySlug.get(first!.slug)).toMatchObject({ description_ne: first!.descriptionNe, usage_ne: first!.usageNe });
    expect(bySlug.get(second!.slug)).toMatchObject({ description_ne: null, usage_ne: null });
    expect(bySlug.get(third!.slug)).toMatchObject({ description_ne: 'फार्मेसीले लेखेको।', usage_ne: null });
    expect(await count(database, sql`select 1 from categories where slug = ${CATEGORIES[0]!.slug} and name_ne = ${CATEGORIES[0]!.nameNe} and description_ne = ${CATEGORIES[0]!.descriptionNe}`)).toBe(1);
    expect((await seedDatabase(database, { log: () => {} })).nepaliFilled).toEqual({ categories: 0, products: 0 });
    // Leave the catalog as the seed wrote it for the tests below.
    await database.execute(sql`update products set description = ${second!.description} where slug = ${second!.slug}`);
  });

  it('changes nothing when run a second time', async () => {
    const database = scratch!.db;
    const tables = ['categories', 'products', 'inventory_batches', 'stock_movements', 'users'] as const;
    const before = await Promise.all(tables.map((table) => count(database, sql`select 1 from ${sql.identifier(table)}`)));
    const again = await seedDatabase(database, { products: 500, log: () => {} });
    expect(again.skipped).toBe(true);
    expect(again.existingProducts).toBe(CATALOG_PRODUCTS.length + 500);
    const after = await Promise.all(tables.map((table) => count(database, sql`select 1 from ${sql.identifier(table)}`)));
    expect(after).toEqual(before);
  });

  it('refuses to create development accounts in production', async () => {
    await expect(seedDatabase(scratch!.db, { production: true })).rejects.toThrow(DevAccountsInProductionError);
    await expect(seedDatabase(scratch!.db, { production: true })).rejects.toThrow(/production/);
    expect(await count(scratch!.db, sql`select 1 from users`)).toBe(0);
  });

  it('plans the same batches for the same clock', () => {
    const now = new Date('2025-01-15T06:00:00Z');
    const plan = () => CATALOG_PRODUCTS.slice(0, 40).map((p) => planCatalogBatches({ slug: p.slug, pricePaisa: p.pricePaisa, staple: p.staple, now }));
    expect(plan()).toEqual(plan());
  });
});
