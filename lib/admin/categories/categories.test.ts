import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldErrorsOf } from '@/lib/auth/action-result';
import { nextControlFlow, signedIn, signInAs } from '@/test-support/admin-session';
import { setPageLocale } from '@/test-support/root-params-stub';

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: (tag: string) => revalidated.push(tag), unstable_cache: (fn: unknown) => fn }));
// The session cookie is the one thing a test cannot make; everything after it is the real code.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));

const { db } = await import('@/db/client');
const { auditLog, categories } = await import('@/db/schema');
const { createProduct } = await import('@/test-support/factories/products');
const { createStaff } = await import('@/test-support/factories/users');
const { MESSAGES } = await import('@/lib/auth/action-core');
const { createCategoryAction, updateCategoryAction } = await import('@/app/[locale]/admin/categories/actions');
const { createCategorySchema, updateCategorySchema } = await import('./schema');
const { createCategory, updateCategory } = await import('./write');
const { listCategoriesForAdmin } = await import('./read');
const { DuplicateCategorySlugError } = await import('../errors');

const form = (overrides: Record<string, unknown> = {}) => ({
  slug: `fever-${randomBytes(3).toString('hex')}`,
  name: 'Fever and pain',
  nameNe: 'ज्वरो र दुखाइ',
  description: 'Medicines that ease pain and bring a fever down.',
  descriptionNe: '',
  sortOrder: '40',
  ...overrides,
});

const rowOf = async (id: number) => (await db.select().from(categories).where(eq(categories.id, id)))[0]!;
const auditOf = async (id: number, action: string) => db.select().from(auditLog).where(and(eq(auditLog.entityType, 'category'), eq(auditLog.entityId, String(id)), eq(auditLog.action, action)));
const fieldErrors = (input: Record<string, unknown>) => {
  const parsed = createCategorySchema.safeParse(input);
  return parsed.success ? undefined : fieldErrorsOf(parsed.error);
};

afterEach(() => {
  signInAs(null);
  setPageLocale(undefined);
});

describe('categories in the back office', () => {
  it('creates a category with an audit entry, keeps an empty Nepali description as none, and expires the catalog', async () => {
    const admin = await createStaff('admin');
    revalidated.length = 0;
    const input = createCategorySchema.parse(form({ slug: `  Fever-${randomBytes(3).toString('hex')} ` }));
    const created = await createCategory(input, admin);
    expect(created.slug).toMatch(/^fever-[0-9a-f]{6}$/);
    expect(await rowOf(created.id)).toMatchObject({ name: 'Fever and pain', nameNe: 'ज्वरो र दुखाइ', descriptionNe: null, sortOrder: 40 });
    const [entry] = await auditOf(created.id, 'category.created');
    expect(entry).toMatchObject({ actorId: admin.id, actorRole: 'admin', details: { slug: created.slug, name: 'Fever and pain', sortOrder: 40 } });
    expect(revalidated).toEqual(['catalog']);
  });

  it('audits each changed field with its old and new value; saving the same again writes nothing', async () => {
    const admin = await createStaff('admin');
    const { id } = await createCategory(createCategorySchema.parse(form()), admin);
    revalidated.length = 0;
    const changes = { name: 'Pain and fever', descriptionNe: 'दुखाइ कम गर्ने र ज्वरो घटाउने औषधिहरू।', sortOrder: '5' };
    const result = await updateCategory(updateCategorySchema.parse({ ...form(changes), categoryId: String(id) }), admin);
    expect(result.changed).toEqual(['name', 'descriptionNe', 'sortOrder']);
    expect(await rowOf(id)).toMatchObject({ name: 'Pain and fever', descriptionNe: changes.descriptionNe, sortOrder: 5 });
    const [entry] = await auditOf(id, 'category.updated');
    expect(entry).toMatchObject({
      actorId: admin.id,
      details: { changed: ['name', 'descriptionNe', 'sortOrder'], name: { from: 'Fever and pain', to: 'Pain and fever' }, descriptionNe: { from: null, to: changes.descriptionNe }, sortOrder: { from: 40, to: 5 } },
    });
    expect(revalidated).toEqual(['catalog']);

    revalidated.length = 0;
    const again = await updateCategory(updateCategorySchema.parse({ ...form(changes), categoryId: String(id) }), admin);
    expect(again.changed).toEqual([]);
    expect(await auditOf(id, 'category.updated')).toHaveLength(1);
    expect(revalidated).toEqual([]);
  });

  it('refuses a web address another category uses, as an error on the slug field, in the page’s language', async () => {
    const admin = await createStaff('admin');
    const first = await createCategory(createCategorySchema.parse(form()), admin);
    await expect(createCategory(createCategorySchema.parse(form({ slug: first.slug })), admin)).rejects.toBeInstanceOf(DuplicateCategorySlugError);

    signInAs(admin);
    const refused = await createCategoryAction(form({ slug: first.slug }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { slug: ['Another category already uses this web address.'] } });
    setPageLocale('ne');
    expect(await createCategoryAction(form({ slug: first.slug }))).toMatchObject({ ok: false, fieldErrors: { slug: ['अर्को वर्गले यो वेब ठेगाना पहिल्यै प्रयोग गरिरहेको छ।'] } });
    // A fresh slug goes through to the edit page.
    const created = await createCategoryAction(form()).catch(nextControlFlow);
    expect(created).toBe('redirect');
  });

  it('refuses an empty or overlong name, a bad web address, a sort order outside 0–999, and overlong descriptions', () => {
    expect(fieldErrors(form({ name: '  ' }))).toEqual({ name: ['Enter the category name'] });
    expect(fieldErrors(form({ name: 'A' }))).toEqual({ name: ['The category name must be 2 to 80 characters'] });
    expect(fieldErrors(form({ name: 'x'.repeat(81) }))).toEqual({ name: ['The category name must be 2 to 80 characters'] });
    expect(fieldErrors(form({ nameNe: 'क'.repeat(81) }))).toEqual({ nameNe: ['Keep the Nepali name to 80 characters or fewer'] });
    expect(fieldErrors(form({ description: 'x'.repeat(501), descriptionNe: 'क'.repeat(501) }))).toEqual({
      description: ['Keep the description to 500 characters or fewer'],
      descriptionNe: ['Keep the Nepali description to 500 characters or fewer'],
    });
    for (const slug of ['pain relief', 'pain_relief', 'pain--relief', '-pain', 'दुखाइ']) expect(fieldErrors(form({ slug })), slug).toEqual({ slug: ['Lower-case letters, digits and single hyphens only'] });
    expect(fieldErrors(form({ slug: '' }))).toEqual({ slug: ['Enter a web address'] });
    expect(fieldErrors(form({ slug: 'a'.repeat(81) }))?.slug).toHaveLength(1);
    for (const sortOrder of ['', '-1', '1000', '2.5', 'first']) expect(fieldErrors(form({ sortOrder })), sortOrder).toEqual({ sortOrder: ['Enter the sort order as a whole number from 0 to 999'] });
    expect(createCategorySchema.parse(form({ sortOrder: '0' })).sortOrder).toBe(0);
    expect(createCategorySchema.parse(form({ sortOrder: '999' })).sortOrder).toBe(999);
    // Like a product's names, < and > are text: React escapes them wherever a name is shown.
    expect(createCategorySchema.safeParse(form({ name: 'Creams <b>& gels</b>' })).success).toBe(true);
  });

  it('lists categories in sort order with active and total products, and marks those missing Nepali', async () => {
    const admin = await createStaff('admin');
    const full = await createCategory(createCategorySchema.parse(form({ sortOrder: '1', descriptionNe: 'दुखाइको औषधि।' })), admin);
    const partial = await createCategory(createCategorySchema.parse(form({ sortOrder: '0', nameNe: '' })), admin);
    await createProduct({ categoryId: full.id });
    await createProduct({ categoryId: full.id, active: false });
    const rows = (await listCategoriesForAdmin()).filter((r) => r.id === full.id || r.id === partial.id);
    expect(rows.map((r) => [r.id, r.activeProducts, r.totalProducts, r.missingNepali])).toEqual([
      [partial.id, 0, 0, true],
      [full.id, 1, 2, false],
    ]);
  });

  it('refuses a pharmacist, and a refused save changes nothing', async () => {
    const admin = await createStaff('admin');
    const { id } = await createCategory(createCategorySchema.parse(form()), admin);
    signInAs(await createStaff('pharmacist'));
    expect(await updateCategoryAction({ ...form({ name: 'Renamed' }), categoryId: String(id) })).toEqual({ ok: false, message: MESSAGES.forbidden });
    expect(await createCategoryAction(form())).toEqual({ ok: false, message: MESSAGES.forbidden });
    expect((await rowOf(id)).name).toBe('Fever and pain');

    signInAs(admin);
    expect(await updateCategoryAction({ ...form({ name: 'Renamed' }), categoryId: String(id) })).toEqual({ ok: true, message: 'Saved: 1 field changed.' });
  });
});
