import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: (tag: string) => revalidated.push(tag), unstable_cache: (fn: unknown) => fn }));

const { db } = await import('@/db/client');
const { auditLog, productImages, products } = await import('@/db/schema');
const { createStaff } = await import('@/test-support/factories/users');
const { createProductSchema, updateProductSchema } = await import('./schema');
const { createProduct, updateProduct } = await import('./write');
const { MAX_PRODUCT_IMAGE_BYTES, productImageSchema, setProductImage } = await import('./image');
const { GET: publicImageRoute } = await import('@/app/api/product-images/public/[key]/route');
const { GET: legacyImageRoute } = await import('@/app/api/product-images/[kind]/[key]/route');
const { fileStore } = await import('@/lib/storage');
const { DuplicateSlugError, ProductNotFoundError } = await import('../errors');

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

  it('saves the Nepali description, usage and warnings, and stores an emptied one as none so the shop shows the English', async () => {
    const admin = await createStaff('admin');
    const nepali = { descriptionNe: 'दुखाइ र ज्वरो कम गर्छ।', usageNe: 'खाना खाएपछि १ चक्की।', warningsNe: 'पेटको अल्सर भए नखानुहोस्।' };
    const created = await createProduct(createProductSchema.parse(await form(nepali)), admin);
    const leaflet = { descriptionNe: products.descriptionNe, usageNe: products.usageNe, warningsNe: products.warningsNe };
    expect((await db.select(leaflet).from(products).where(eq(products.id, created.id)))[0]).toEqual(nepali);

    const result = await updateProduct(updateProductSchema.parse({ ...(await form({ ...nepali, usageNe: '  ', slug: created.slug })), productId: String(created.id) }), admin);
    expect(result.changed).toEqual(['usageNe']);
    expect((await db.select(leaflet).from(products).where(eq(products.id, created.id)))[0]).toEqual({ ...nepali, usageNe: null });
  });

  it('refuses a web address another product already uses', async () => {
    const admin = await createStaff('admin');
    const first = await createProduct(createProductSchema.parse(await form()), admin);
    await expect(createProduct(createProductSchema.parse(await form({ slug: first.slug })), admin)).rejects.toBeInstanceOf(DuplicateSlugError);
  });

  it('stores an uploaded photo as a public picture: WebP under its hash, served as uploaded, immutable, audited, and the product expired', async () => {
    const admin = await createStaff('admin');
    const created = await createProduct(createProductSchema.parse(await form()), admin);
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0f766e' } }).jpeg().withMetadata({ exif: { IFD0: { Artist: 'Someone' } } }).toBuffer();
    revalidated.length = 0;
    const { imageUrl } = await setProductImage({ productId: created.id, image: new File([new Uint8Array(jpeg)], 'x.jpg') }, admin);
    const key = imageUrl.match(/^\/api\/product-images\/public\/([0-9a-f]{64}\.webp)$/)?.[1];
    expect(key, imageUrl).toBeDefined();
    const [stored] = await db.select().from(productImages).where(eq(productImages.key, key!));
    expect(stored?.contentType).toBe('image/webp');
    expect(createHash('sha256').update(stored!.bytes).digest('hex')).toBe(key!.slice(0, 64));

    const response = await publicImageRoute(new Request(`http://shop.test${imageUrl}`), { params: Promise.resolve({ key: key! }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const served = Buffer.from(await response.arrayBuffer());
    expect(served.equals(Buffer.from(stored!.bytes))).toBe(true);
    const meta = await sharp(served).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 800, height: 450 });
    expect(meta.exif).toBeUndefined();

    const [row] = await db.select({ imageUrl: products.imageUrl }).from(products).where(eq(products.id, created.id));
    expect(row?.imageUrl).toBe(imageUrl);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, String(created.id)), eq(auditLog.action, 'product.image_changed')));
    expect(entry).toMatchObject({ actorId: admin.id, details: { imageUrl } });
    expect(revalidated).toContain(`product:${created.id}`);

    await expect(setProductImage({ productId: created.id, image: new File([new TextEncoder().encode('<svg></svg>')], 'x.png') }, admin)).rejects.toMatchObject({ fieldErrors: { image: ['Upload a JPEG, PNG or WebP photo.'] } });
    await expect(setProductImage({ productId: created.id, image: new File([new Uint8Array(jpeg.subarray(0, 400))], 'x.jpg') }, admin)).rejects.toMatchObject({ fieldErrors: { image: ['The image could not be read; it may be damaged.'] } });
    expect(productImageSchema.safeParse({ productId: created.id, image: new File([new Uint8Array(MAX_PRODUCT_IMAGE_BYTES + 1)], 'x.jpg') }).success).toBe(false);
  });

  it('a second upload replaces the photo; the first stays served, as its bytes never change, and the same photo is stored once', async () => {
    const admin = await createStaff('admin');
    const created = await createProduct(createProductSchema.parse(await form()), admin);
    const photo = (background: string) => sharp({ create: { width: 300, height: 200, channels: 3, background } }).png().toBuffer();
    const first = await setProductImage({ productId: created.id, image: new File([new Uint8Array(await photo('#be123c'))], 'a.png') }, admin);
    const second = await setProductImage({ productId: created.id, image: new File([new Uint8Array(await photo('#1d4ed8'))], 'b.png') }, admin);
    expect(second.imageUrl).not.toBe(first.imageUrl);
    const [row] = await db.select({ imageUrl: products.imageUrl }).from(products).where(eq(products.id, created.id));
    expect(row?.imageUrl).toBe(second.imageUrl);
    const firstKey = first.imageUrl.split('/').pop()!;
    expect((await publicImageRoute(new Request(`http://shop.test${first.imageUrl}`), { params: Promise.resolve({ key: firstKey }) })).status).toBe(200);

    const other = await createProduct(createProductSchema.parse(await form()), admin);
    const again = await setProductImage({ productId: other.id, image: new File([new Uint8Array(await photo('#1d4ed8'))], 'c.png') }, admin);
    expect(again.imageUrl).toBe(second.imageUrl);
    await expect(setProductImage({ productId: 2_000_000_000, image: new File([new Uint8Array(await photo('#047857'))], 'd.png') }, admin)).rejects.toBeInstanceOf(ProductNotFoundError);
  });

  it('moves a photo stored the old way (encrypted in lib/storage) to a public picture on its first request, and serves it from there after', async () => {
    const admin = await createStaff('admin');
    const created = await createProduct(createProductSchema.parse(await form()), admin);
    const webp = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#a16207' } }).webp().toBuffer();
    const store = fileStore('local');
    const oldKey = await store.put(webp, { contentType: 'image/webp', extension: 'webp' });
    const legacyUrl = `/api/product-images/local/${encodeURIComponent(oldKey)}`;
    await db.update(products).set({ imageUrl: legacyUrl }).where(eq(products.id, created.id));
    const getLegacy = (key: string) => legacyImageRoute(new Request(`http://shop.test/api/product-images/local/${key}`), { params: Promise.resolve({ kind: 'local', key }) });

    revalidated.length = 0;
    const response = await getLegacy(oldKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.arrayBuffer()).equals(webp)).toBe(true);
    const publicUrl = `/api/product-images/public/${createHash('sha256').update(webp).digest('hex')}.webp`;
    const [row] = await db.select({ imageUrl: products.imageUrl }).from(products).where(eq(products.id, created.id));
    expect(row?.imageUrl).toBe(publicUrl);
    expect(revalidated).toContain(`product:${created.id}`);

    // Later requests (pages cached before the move) are answered from the public copy: the original is not read again.
    await store.delete(oldKey);
    const later = await getLegacy(oldKey);
    expect(later.status).toBe(200);
    expect(Buffer.from(await later.arrayBuffer()).equals(webp)).toBe(true);

    // A stored file no product ever showed (a prescription) is never served through this route.
    const unrelated = await store.put(webp, { contentType: 'image/webp', extension: 'webp' });
    expect((await getLegacy(unrelated)).status).toBe(404);
    expect((await getLegacy(`${crypto.randomUUID()}.webp.enc`)).status).toBe(404);
    expect((await legacyImageRoute(new Request('http://shop.test/x'), { params: Promise.resolve({ kind: 'elsewhere', key: oldKey }) })).status).toBe(404);
  });
});
