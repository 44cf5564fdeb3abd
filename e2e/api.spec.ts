import { expect, test, type APIRequestContext } from '@playwright/test';
import { createCustomer, createUser, TEST_PASSWORD } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { connectE2eDatabase } from './support/e2e-database';
import { freshIp } from './support/visitors';

/**
 * The public API over real HTTP on the production build: proxy.ts in front (origin check, control
 * characters, headers), the docs page under the production page policy, tokens end to end.
 */
connectE2eDatabase();

type Tokens = { accessToken: string; refreshToken: string };

async function signIn(request: APIRequestContext, email: string, ip = freshIp()): Promise<Tokens> {
  const response = await request.post('/api/v1/auth/token', { data: { email, password: TEST_PASSWORD }, headers: { 'x-forwarded-for': ip } });
  expect(response.status()).toBe(200);
  return (await response.json()) as Tokens;
}

const bearer = (tokens: Tokens, ip = freshIp()) => ({ authorization: `Bearer ${tokens.accessToken}`, 'x-forwarded-for': ip });

test('serves its OpenAPI 3.1 document and the reference page with nothing loaded from elsewhere', async ({ page, request, baseURL }) => {
  const document = await request.get('/api/v1/openapi.json');
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');

  const violations: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  const response = await page.goto('/api/docs');
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-eval');
  await expect(page.getByRole('heading', { name: 'MediNest API' })).toBeVisible({ timeout: 30_000 });
  // Every tag of the document is in the sidebar; the first one's operations are listed.
  await expect(page.getByRole('link', { name: 'checkout', exact: true })).toBeVisible();
  await expect(page.getByText('/auth/token').first()).toBeAttached();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { name: 'MediNest API' })).toBeVisible();
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a shopper signs in, shops, checks out once per key, refreshes and is cut off when a refresh token is replayed', async ({ request }) => {
  const shopper = await createCustomer();
  const tokens = await signIn(request, shopper.email);
  const me = await request.get('/api/v1/me', { headers: bearer(tokens) });
  expect(me.status()).toBe(200);
  expect(me.headers()['ratelimit-policy']).toBe('"default";q=120;w=60');

  const product = await createProduct();
  expect((await request.post('/api/v1/cart/items', { headers: bearer(tokens), data: { productId: product.id, quantity: 1 } })).status()).toBe(200);
  const checkout = () =>
    request.post('/api/v1/checkout', { headers: { ...bearer(tokens), 'idempotency-key': 'e2e-checkout-1' }, data: { addressId: shopper.addressId, paymentMethod: 'cod' } });
  const [first, second] = await Promise.all([checkout(), checkout()]);
  expect([first.status(), second.status()].sort()).toEqual([200, 201]);
  expect(((await first.json()) as { number: string }).number).toBe(((await second.json()) as { number: string }).number);

  const refreshed = await request.post('/api/v1/auth/refresh', { data: { refreshToken: tokens.refreshToken }, headers: { 'x-forwarded-for': freshIp() } });
  expect(refreshed.status()).toBe(200);
  const next = (await refreshed.json()) as Tokens;
  expect((await request.get('/api/v1/me', { headers: bearer(next) })).status()).toBe(200);
  const replay = await request.post('/api/v1/auth/refresh', { data: { refreshToken: tokens.refreshToken }, headers: { 'x-forwarded-for': freshIp() } });
  expect(replay.status()).toBe(401);
  expect(replay.headers()['content-type']).toBe('application/problem+json');
  expect((await request.get('/api/v1/me', { headers: bearer(next) })).status()).toBe(401);
});

test('a cookie-carrying cross-site write is stopped by the proxy; a bearer call from an app is not', async ({ request }) => {
  const shopper = await createUser();
  const tokens = await signIn(request, shopper.email);
  const crossSite = await request.post('/api/v1/auth/sign-out', { headers: { ...bearer(tokens), cookie: 'authjs.session-token=x', origin: 'https://evil.example' } });
  expect(crossSite.status()).toBe(403);
  const app = await request.post('/api/v1/auth/sign-out', { headers: bearer(tokens) });
  expect(app.status()).toBe(204);
  expect((await request.get('/api/v1/me', { headers: bearer(tokens) })).status()).toBe(401);
});

test('refuses oversized bodies, control characters and forged tokens over HTTP', async ({ request }) => {
  const ip = freshIp();
  const big = await request.post('/api/v1/auth/token', { headers: { 'x-forwarded-for': ip, 'content-type': 'application/json' }, data: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(40_000) }) });
  expect(big.status()).toBe(413);
  const nul = await request.post('/api/v1/auth/token', { headers: { 'x-forwarded-for': ip }, data: { email: 'a\u0000@b.c', password: 'x' } });
  expect(nul.status()).toBe(400);
  expect((await request.get('/api/v1/products?q=%00')).status()).toBe(400);
  const forged = await request.get('/api/v1/orders', { headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'x-forwarded-for': ip } });
  expect(forged.status()).toBe(401);
  expect(forged.headers()['www-authenticate']).toContain('invalid_token');
});
