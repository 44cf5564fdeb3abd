import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createStaff } from '@/test-support/factories/users';
import { signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { horizontalOverflow } from './support/horizontal-overflow';
import { newVisitor } from './support/visitors';

/**
 * Categories in the back office: an admin writes a category's Nepali description in
 * /admin/categories and both languages of the shop show the right one at once, cached pages
 * included; a bad or taken web address is refused on its field.
 */
test.describe.configure({ mode: 'serial' });

const database = connectE2eDatabase();
const tag = uniqueTag();
const category = { slug: `winter-care-${tag}`, name: `Winter care ${tag}`, nameNe: `जाडोको हेरचाह ${tag}`, description: 'Balms, creams and lozenges for the cold months.', sortOrder: 0 };
const nepaliDescription = 'चिसो महिनाका लागि बाम, क्रिम र लोजेन्जहरू।';
let categoryId: number;
let admin: Page;

test.beforeAll(async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await signInNewStaff(page, await createStaff('admin', { twoFactor: false }), '/admin/categories');
  admin = page;
  // Through the back office, as an admin adds one: the save expires the catalog's cached category
  // list, which pages opened by earlier specs have filled (a row written straight into the table
  // would stay unknown to them).
  await admin.goto('/admin/categories/new');
  const form = admin.getByTestId('category-form');
  await form.getByLabel('Name', { exact: true }).fill(category.name);
  await form.getByLabel('Name in Nepali').fill(category.nameNe);
  await form.getByLabel('Description', { exact: true }).fill(category.description);
  await form.getByLabel('Web address (slug)').fill(category.slug);
  await form.getByLabel('Sort order').fill(String(category.sortOrder));
  await form.getByRole('button', { name: 'Create category' }).click();
  await expect(admin).toHaveURL(/\/admin\/categories\/\d+/);
  categoryId = Number(/\/admin\/categories\/(\d+)/.exec(admin.url())![1]);
  await createProduct({ categoryId, brandName: `Warmol${tag}` });
});

/** A visitor of their own: opening a /ne page remembers Nepali for whoever opened it. */
async function categoryPage(browser: Parameters<typeof newVisitor>[0], path: string) {
  const { page } = await newVisitor(browser);
  await page.goto(`${path}?category=${category.slug}`);
  return page;
}

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('an admin writes a category’s Nepali description; Nepali pages show it at once and English pages keep the English', async ({ browser }) => {
  // Built and cached before the change, so the save must expire it.
  const before = await categoryPage(browser, '/ne/products');
  await expect(before.getByRole('heading', { level: 1 })).toHaveText(category.nameNe);
  await expect(before.getByTestId('category-description')).toHaveText(category.description);

  await admin.goto('/admin/categories');
  await expect(admin.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
  await expect(admin.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Categories' })).toBeVisible();
  const row = admin.getByTestId('category-row').filter({ hasText: category.slug });
  await expect(row).toContainText(category.nameNe);
  await expect(row).toContainText('1 / 1');
  await expect(row.getByTestId('missing-nepali')).toHaveText('Nepali missing');
  await axe(admin);
  await row.getByRole('link', { name: `Edit ${category.name}` }).click();

  await expect(admin).toHaveURL(new RegExp(`/admin/categories/${categoryId}$`));
  const form = admin.getByTestId('category-form');
  await expect(form.getByLabel('Description in Nepali')).toHaveAttribute('lang', 'ne');
  await form.getByLabel('Description in Nepali').fill(nepaliDescription);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved: 1 field changed.');
  await axe(admin);
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/categories-edit.png`, fullPage: true });

  // As text: the factories' Drizzle leaves jsonb unparsed on this client.
  const [audit] = await database.sql`select details::text as details from audit_log where action = 'category.updated' and entity_id = ${String(categoryId)} order by id desc limit 1`;
  expect(JSON.parse(audit!.details as string)).toEqual({ changed: ['descriptionNe'], descriptionNe: { from: null, to: nepaliDescription } });

  const nepali = await categoryPage(browser, '/ne/products');
  await expect(nepali.getByTestId('category-description')).toHaveText(nepaliDescription);
  const english = await categoryPage(browser, '/products');
  await expect(english.getByRole('heading', { level: 1 })).toHaveText(category.name);
  await expect(english.getByTestId('category-description')).toHaveText(category.description);

  await admin.goto('/admin/categories');
  await expect(admin.getByTestId('category-row').filter({ hasText: category.slug }).getByTestId('missing-nepali')).toHaveCount(0);
});

test('a new category’s web address is refused on its field when malformed or already taken', async () => {
  await admin.goto('/admin/categories/new');
  const form = admin.getByTestId('category-form');
  await form.getByLabel('Name', { exact: true }).fill('Baby care');
  await form.getByLabel('Web address (slug)').fill('Baby Care!');
  await form.getByLabel('Sort order').fill('1000');
  await form.getByRole('button', { name: 'Create category' }).click();
  await expect(form.locator('[data-field-error="slug"]')).toHaveText('Lower-case letters, digits and single hyphens only');
  await expect(form.locator('[data-field-error="sortOrder"]')).toHaveText('Enter the sort order as a whole number from 0 to 999');
  await expect(form.getByLabel('Web address (slug)')).toHaveAttribute('aria-invalid', 'true');
  await axe(admin);

  await form.getByLabel('Web address (slug)').fill(category.slug);
  await form.getByLabel('Sort order').fill('10');
  await form.getByRole('button', { name: 'Create category' }).click();
  await expect(form.locator('[data-field-error="slug"]')).toHaveText('Another category already uses this web address.');
  await expect(admin).toHaveURL(/\/admin\/categories\/new$/);
});

test('the categories pages fit a 360 px phone without scrolling sideways, in both languages', async () => {
  await admin.setViewportSize({ width: 360, height: 800 });
  const problems = [];
  for (const path of ['/admin/categories', `/admin/categories/${categoryId}`, '/admin/categories/new', '/ne/admin/categories']) {
    await admin.goto(path);
    await admin.waitForLoadState('load');
    const overflow = await horizontalOverflow(admin, path);
    if (overflow) problems.push(overflow);
  }
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/categories-360-ne.png`, fullPage: true });
  expect(problems).toEqual([]);
});
