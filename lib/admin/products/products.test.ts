import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: (tag: string) => revalidated.push(tag), unstable_cache: (fn: unknown) => fn }));

const { db } = await import('@/db/client');
const { auditLog, products } = await import('@/db/schema');
const { createStaff } = await import('@/test-support/factories/users');
const { createProductSchema, updateProductSchema } = await import('./schema');
const { createProduct, updateProduct } = await import('./write');
const { setProductImage } = await import('./image');
const { GET: imageRoute } = await import('@/app/api/product-images/[kind]/[key]/route');
const { DuplicateSlugError } = await import('../errors');

async function categoryId() {
  const [row] = await db.execute<{ id: number }>(sql`select id from categories order by id limit 1`);
  return row!.id;
}

const form = async (overrides: Record<string, unknown> = {}) => ({
  slug: `edit-me-${randomBytes(3).toString('hex')}`,
  brandName: 'Editol',
  genericName: 'Ibuprofen',
  strength: '400 mg',
  dosageForm: 'Tablet',
  packSize: '10 tablets',
  manufacturer: 'Test Labs',
  categoryId: String(await categoryId()),
  pricePaisa: '120.50',
  mrpPaisa: '130',
  active: 'on',
  reorderLevel: '8',
  maxPerOrder: '5',
  ...overrides,
});

describe('products in the back office', () => {
  it('keeps money in paisa: Rs. 120.50 becomes 12050, and refuses three decimals or a price above the MRP', async () => {
    expect(createProductSchema.parse(await form())).toMatchObject({ pricePaisa: 12_050, mrpPaisa: 13_000, requiresPrescription: false, active: true });
    expect(createProductSchema.safeParse(await form({ pricePaisa: '1.234' })).success).toBe(false);
    expect(createProductSchema.safeParse(await form({ pricePaisa: '140' })).error?.issues[0]?.path).toEqual(['mrpPaisa']);
    expect(createProductSchema.safeParse(await form({ slug: 'Not A Slug' })).success).toBe(false);
  });

  it('audits a price change with the old and new price, and expires the product in the shop cache', async () => {
    const admin = await createStaff('admin');
    const created = await createProduct(createProductSchema.parse(await form()), admin);
    revalidated.length = 0;
    const result = await updateProduct(updateProductSchema.parse({ ...(await form({ pricePaisa: '99.99', slug: created.slug })), productId: String(created.id) }), admin);
    expect(result.changed).toEqual(['pricePaisa']);
    const [row] = await db.select({ price: products.pricePaisa }).from(products).where(eq(products.id, created.id));
    expect(row!.price).toBe(9_999);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, String(created.id)), eq(auditLog.action, 'product.price_changed')));
    expect(entry).toMatchObject({ actorId: admin.id, actorRole: 'admin', details: { changed: ['pricePaisa'], pricePaisa: { from: 12_050, to: 9_999 } } });
    expect(revalidated).toContain(`product:${created.id}`);

    // Saving the same values again changes nothing and writes nothing.
    const again = await updateProduct(updateProductSchema.parse({ ...(await form({ pricePaisa: '99.99', slug: created.slug })), productId: String(created.id) }), admin);
    expect(again.changed).toEqual([]);
  });

  it('marks a medicine controlled only when it is also prescription only, and audits the change', async () => {
    const admin = await createStaff('admin');
    expect(createProductSchema.safeParse(await form({ controlled: 'on' })).error?.issues[0]?.path).toEqual(['controlled']);
    const created = await createProduct(createProductSchema.parse(await form({ requiresPrescription: 'on' })), admin);
    const [before] = await db.select({ controlled: products.controlled }).from(products).where(eq(products.id, created.id));
    expect(before?.controlled).toBe(false);
    await updateProduct(updateProductSchema.parse({ ...(await form({ requiresPrescription: 'on', controlled: 'on' })), slug: created.slug, productId: String(created.id) }), admin);
    const [after] = await db.select({ controlled: products.controlled }).from(products).where(eq(products.id, created.id));
    expect(after?.controlled).toBe(true);
    const [audit] = await db.select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.entityType, 'product'), eq(auditLog.entityId, String(created.id)), eq(auditLog.action, 'product.updated')));
    expect(audit?.details).toMatchObject({ controlled: { from: false, to: true } });
  });

  it('refuses a web address another product already uses', async () => {
    const admin = await createStaff('admin');
    const first = await createProduct(createProductSchema.parse(await form()), admin);
    await expect(createProduct(createProductSchema.parse(await form({ slug: first.slug })), admin)).rejects.toBeInstanceOf(DuplicateSlugError);
  });

  it('stores an uploaded image through lib/storage, re-encoded to WebP, and serves only images a product points at', async () => {
    const admin = await createStaff('admin');
    const created = await createProduct(createProductSchema.parse(await form()), admin);
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0f766e' } }).jpeg().withMetadata({ exif: { IFD0: { Artist: 'Someone' } } }).toBuffer();
    const { imageUrl } = await setProductImage({ productId: created.id, image: new File([new Uint8Array(jpeg)], 'x.jpg') }, admin);
    expect(imageUrl).toMatch(/^\/api\/product-images\/local\/[0-9a-f-]+\.webp\.enc$/);
    const [, , , kind, key] = imageUrl.split('/');
    const response = await imageRoute(new Request(`http://shop.test${imageUrl}`), { params: Promise.resolve({ kind: kind!, key: key! }) });
    expect(response.status).toBe(200);
    const served = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(served).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 800, height: 450 });
    expect(meta.exif).toBeUndefined();

    const stranger = await imageRoute(new Request('http://shop.test/x'), { params: Promise.resolve({ kind: 'local', key: `${crypto.randomUUID()}.webp.enc` }) });
    expect(stranger.status).toBe(404);
    await expect(setProductImage({ productId: created.id, image: new File([new TextEncoder().encode('<svg></svg>')], 'x.png') }, admin)).rejects.toMatchObject({ fieldErrors: { image: ['Upload a JPEG, PNG or WebP photo.'] } });
  });
});
