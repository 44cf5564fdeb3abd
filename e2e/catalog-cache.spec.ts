import { expect, test, type Page } from '@playwright/test';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createCustomer, createStaff, type TestCustomer } from '@/test-support/factories/users';
import { signIn, signInNewStaff, signOut } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor, newVisitor } from './support/visitors';

/**
 * Anonymous catalog pages come from Next's full-route cache (next.config.mjs, or proxy.ts for the
 * less common addresses, rewrites them to app/cached),
 * with the visitor's own parts of the header filled in by a client island, a hash-based script
 * policy instead of a nonce, and a Cache-Control a CDN can honour. Signed-in pages stay per request.
 */
// Binds the factories to the e2e server's database.
connectE2eDatabase();
let product: TestProduct;
let shopper: TestCustomer;

test.beforeAll(async () => {
  // A generic of its own, so no alternative on the page shows a price of its own.
  product = await createProduct({ genericName: `Cachamol ${uniqueTag()}`, pricePaisa: 120_00, batches: [{ quantity: 30 }] });
  shopper = await createCustomer({ name: 'Sita Gurung' });
});

const CACHED_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=20';

async function loadTwice(page: Page, path: string) {
  await page.goto(path);
  return page.goto(path);
}

test('a second anonymous load of the home page, a listing and a product page is served from cache', async ({ page }) => {
  const search = product.genericName.toLowerCase();
  for (const path of ['/', '/products', `/products?q=${encodeURIComponent(search)}`, `/products?q=${encodeURIComponent(search)}&stock=1`, `/products/${product.slug}`]) {
    const second = await loadTwice(page, path);
    expect(second!.status(), path).toBe(200);
    const headers = second!.headers();
    expect(headers['x-nextjs-cache'], path).toBe('HIT');
    expect(headers['cache-control'], path).toBe(CACHED_CONTROL);
    // The address stays the public one, and so does what the page tells crawlers.
    expect(new URL(page.url()).pathname).toBe(path.split('?')[0]);
  }
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/products/${product.slug}$`));
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`/products/${product.slug}$`));
  // A cached page carries only the words its client parts read (PRODUCT_MESSAGES): the checkout's,
  // the pharmacist's review and the prescription forms' would be in every entry and every download.
  const html = await (await page.request.get(`/products/${product.slug}`)).text();
  for (const namespace of ['checkout', 'review', 'prescriptions', 'cartLine']) expect(html, namespace).not.toMatch(new RegExp(`\\\\?"${namespace}\\\\?":\\{`));
  expect(html).toMatch(/\\?"addToCart\\?":\{/);
});

test('the internal cached routes cannot be opened directly', async ({ request }) => {
  const internal = ['/cached/home/shop', '/cached/home/2026-01-01', '/cached/listing/l', '/cached/search/cachamol', `/cached/product/${product.slug}`];
  // Nor behind a language: the pages live under app/[locale], so /en/cached/… is their real path.
  for (const path of [...internal, ...internal.map((p) => `/ne${p}`), ...internal.map((p) => `/en${p}`)]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('a search, however it is spelt, and the search as the site links it share one cache entry', async ({ page }) => {
  const plain = product.genericName.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const first = await loadTwice(page, `/products?q=${encodeURIComponent(plain)}`);
  expect(first!.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`“${plain}”`);
  // Spelt otherwise, it goes through the proxy, which normalises it onto the same entry.
  const shouted = await page.goto(`/products?q=${encodeURIComponent(`  ${plain.toUpperCase()}!`)}&sort=relevance`);
  expect(shouted!.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`“${plain}”`);
});

test('a long or odd search is rendered per request, not given a cache entry', async ({ page }) => {
  const odd = await loadTwice(page, `/products?q=${'paracetamol '.repeat(5)}`);
  expect(odd!.headers()['x-nextjs-cache']).toBeUndefined();
  expect(odd!.headers()['cache-control']).not.toContain('public');
  const bad = await loadTwice(page, '/products?page=nope');
  expect(bad!.headers()['x-nextjs-cache']).toBeUndefined();
});

test('the header islands show the cart count and the signed-in name on cached and per-request pages', async ({ page }) => {
  await asNewVisitor(page.context());
  await page.goto(`/products/${product.slug}`);
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await expect(header.getByTestId('cart-count')).toHaveText('1');
  // Still the cached page (the guest cart is a cookie of its own, not a session): the island knows the cart.
  const cached = await page.reload();
  expect(cached!.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(header.getByTestId('cart-count')).toHaveText('1');

  await signIn(page, shopper);
  await expect(header.getByTestId('account-link')).toHaveText('Sita');
  const signedIn = await page.goto(`/products/${product.slug}`);
  expect(signedIn!.headers()['x-nextjs-cache']).toBeUndefined();
  expect(signedIn!.headers()['cache-control']).toMatch(/private|no-store/);
  await expect(header.getByTestId('account-link')).toHaveText('Sita');
  await expect(header.getByTestId('cart-count')).toHaveText('1');
  await signOut(page);
  await expect(header.getByTestId('account-link')).toHaveCount(0);
});

test('signed-in and personal answers are private and never stored', async ({ page }) => {
  await asNewVisitor(page.context());
  await signIn(page, shopper);
  for (const path of ['/cart', '/checkout', '/account', '/api/visitor']) {
    const response = await page.request.get(path);
    expect(response.headers()['cache-control'], path).toContain('no-store');
    expect(response.headers()['cache-control'], path).toContain('private');
  }
  const visitor = await (await page.request.get('/api/visitor')).json();
  expect(visitor).toEqual({ signedIn: true, firstName: 'Sita', staff: false, cartCount: expect.any(Number) });
  // Naming a cached route in the request headers the proxy uses does not get a signed-in visitor one.
  const spoofed = { 'x-medinest-cached-route': 'product', 'x-medinest-cached-key': product.slug };
  for (const path of ['/', '/products', `/products/${product.slug}`]) {
    const response = await page.request.get(path, { headers: spoofed });
    expect(response.headers()['cache-control'], path).not.toContain('public');
    expect(response.headers()['x-nextjs-cache'], path).toBeUndefined();
  }
});

test('another visitor’s /api/visitor says nothing of the first', async ({ browser }) => {
  const { context, page } = await newVisitor(browser);
  const anonymous = await (await page.request.get('/api/visitor')).json();
  expect(anonymous).toEqual({ signedIn: false, firstName: null, staff: false, cartCount: 0 });
  await context.close();
});

test('a price changed in the back office shows on the cached product page within a second', async ({ browser }) => {
  const { context: shopperContext, page: anonymous } = await newVisitor(browser);
  await loadTwice(anonymous, `/products/${product.slug}`);
  const main = anonymous.getByRole('main');
  await expect(main.getByText('Rs. 120.00').first()).toBeVisible();

  const { context: adminContext, page: admin } = await newVisitor(browser);
  await signInNewStaff(admin, await createStaff('admin', { twoFactor: false }), `/admin/products/${product.id}`);
  const form = admin.getByTestId('product-form');
  await form.getByLabel('Price (Rs.)').fill('99.50');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('status')).toContainText('Saved: 1 field changed.');

  const reloaded = await anonymous.reload();
  await expect(main.getByText('Rs. 99.50').first()).toBeVisible({ timeout: 1000 });
  expect(reloaded!.headers()['cache-control']).toBe(CACHED_CONTROL);
  // And it is cached again at the new price.
  const again = await anonymous.reload();
  expect(again!.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(main.getByText('Rs. 99.50').first()).toBeVisible();
  await adminContext.close();
  await shopperContext.close();
});

test('a cached page runs its own scripts but refuses an injected inline script', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await loadTwice(page, `/products/${product.slug}`);
  expect(response!.headers()['x-nextjs-cache']).toBe('HIT');
  const policies = (await response!.headersArray()).filter((h) => h.name.toLowerCase() === 'content-security-policy').map((h) => h.value);
  expect(policies.some((p) => /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/.test(p))).toBe(true);
  expect(policies.join(' ')).not.toContain('nonce-');

  // Hydrated: the header search suggests as the shopper types (client code ran under the policy).
  await page.getByRole('combobox').first().fill(product.brandName.slice(0, 6));
  await expect(page.getByRole('option').first()).toBeVisible();

  // An inserted inline script runs (or is refused) as it is appended.
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
      setTimeout(() => resolve('no violation reported'), 3000);
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, violated: await violation };
  });
  expect(outcome).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) });
  expect(errors).toEqual([]);
});

test('an address no route matches is a 404 page that still hydrates', async ({ page }) => {
  const response = await page.goto(`/no-such-page-${uniqueTag()}`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('combobox').first().fill(product.brandName.slice(0, 6));
  await expect(page.getByRole('option').first()).toBeVisible();
});

test('the header does not jump when its islands fill in, at phone and desktop width', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/products/${product.slug}`);
    const heading = page.getByRole('heading', { level: 1 });
    const before = await heading.boundingBox();
    await expect(page.getByTestId('visitor-loading')).toHaveCount(0);
    const after = await heading.boundingBox();
    expect(after!.y).toBe(before!.y);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-cache-${width}.png` });
  }
});
