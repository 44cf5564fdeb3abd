import { describe, expect, it, vi } from 'vitest';

// Client addresses from X-Forwarded-For (one per test), one allowed browser origin.
vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1', OCR_AFTER_UPLOAD: '0', API_CORS_ORIGINS: 'https://app.medinest.test' }));
vi.mock('next/cache', () => ({ unstable_cache: (fn: () => Promise<unknown>) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { allEndpoints, call, routeFiles, routeModule } = await import('@/test-support/api-client');
const { apiCustomer, apiStaff } = await import('@/test-support/api-session');
const { uniqueIp } = await import('@/test-support/auth');
const { createPrescription, photo } = await import('@/test-support/factories/prescriptions');
const { placeTestOrder } = await import('@/test-support/factories/orders');
const { createAddress, createStaff } = await import('@/test-support/factories/users');
const { createPartnerKey } = await import('@/lib/api/partner-keys');
const { PARTNER_SCOPES } = await import('@/lib/api/contract/scopes');
const { createProduct } = await import('@/test-support/factories/products');
const schemas = await import('@/lib/api/contract/schemas');
const { metrics } = await import('@/lib/observability/metrics');

type OpenApi = { openapi: string; paths: Record<string, Record<string, { security: unknown[]; responses: Record<string, unknown>; requestBody?: unknown }>>; components: { schemas: Record<string, unknown> } };

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const document = async () => (await (await call('GET', '/openapi.json')).json()) as OpenApi;

/** Values that satisfy each path parameter's format but name nothing. */
const PLACEHOLDER: Record<string, string> = { slug: 'no-such-product', productId: '2147483000', id: '00000000-0000-4000-8000-000000000000', number: 'MN-000000-AAAAAAAA' };

describe('the OpenAPI document and the route handlers', () => {
  it('documents every route handler under app/api/v1, and every documented operation exists', async () => {
    const doc = await document();
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)));
    const implemented = new Set<string>();
    for (const { path } of routeFiles()) {
      const handlers = await routeModule(path);
      for (const method of METHODS) if (typeof handlers[method] === 'function') implemented.add(`${method} ${path}`);
      expect(typeof handlers.OPTIONS, `${path} answers CORS preflights`).toBe('function');
    }
    expect([...implemented].sort()).toEqual([...documented].sort());
    expect(documented.size).toBe(allEndpoints().length);
  });

  it('is OpenAPI 3.1 whose every $ref resolves', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|headers)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(20);
    const components = doc.components as unknown as Record<string, Record<string, unknown>>;
    for (const [, kind, name] of refs) expect(components[kind!]![name!], `${kind}/${name}`).toBeDefined();
  });
});

describe('every operation, from the document', () => {
  it('answers 401 problem+json without a token wherever a token is required, and never elsewhere', async () => {
    const doc = await document();
    for (const endpoint of allEndpoints()) {
      // `{}` among the requirements makes a credential optional (a partner key on a public read).
      const security = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!.security as Record<string, string[]>[];
      const secured = security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0);
      expect(secured, endpoint.path).toBe(endpoint.access !== 'public');
      if (!secured) continue;
      const response = await call(endpoint.method, endpoint.path, PLACEHOLDER, { ip: uniqueIp(), json: endpoint.body ? {} : undefined });
      expect(response.status, `${endpoint.method} ${endpoint.path}`).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.headers.get('ratelimit-policy')).toBeTruthy();
    }
  });

  it('answers 403 problem+json to a credential without the scope the document names, for every scoped operation', async () => {
    const doc = await document();
    const shopper = await apiCustomer();
    const pharmacist = await apiStaff('pharmacist');
    const admin = await createStaff('admin');
    const keyWithout = async (scope: string) =>
      (await createPartnerKey({ name: `Without ${scope}`, scopes: PARTNER_SCOPES.filter((s) => s !== scope) }, { id: admin.id, role: 'admin' }, null)).key;
    let checked = 0;
    for (const endpoint of allEndpoints()) {
      const security = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!.security as Record<string, string[]>[];
      const partnerScope = security.find((requirement) => requirement.partnerKey)?.partnerKey?.[0];
      const bearerScopes = security.find((requirement) => requirement.bearer)?.bearer ?? [];
      // A partner key holding every scope but the one named; a customer token where a staff scope is
      // named; a staff token where the operation is a customer's.
      const token = partnerScope ? await keyWithout(partnerScope) : bearerScopes.length > 0 ? shopper.accessToken : security.some((r) => r.bearer) ? pharmacist.accessToken : null;
      if (!token) continue;
      const response = await call(endpoint.method, endpoint.path, PLACEHOLDER, { token, ip: uniqueIp(), json: endpoint.body && endpoint.body !== 'multipart-file' ? {} : undefined });
      expect(response.status, `${endpoint.method} ${endpoint.path}`).toBe(403);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      checked += 1;
    }
    expect(checked).toBe(allEndpoints().filter((e) => e.access !== 'public' || e.scope).length);
  });

  it('answers 400 for a body of the wrong shape, with control characters, 413 when oversized and 415 when not JSON', async () => {
    const shopper = await apiCustomer();
    const admin = await apiStaff('admin');
    const partner = await createPartnerKey({ name: 'Contract bodies', scopes: [...PARTNER_SCOPES] }, { id: admin.id, role: 'admin' }, null);
    for (const endpoint of allEndpoints().filter((e) => e.body && e.body !== 'multipart-file')) {
      const label = `${endpoint.method} ${endpoint.path}`;
      const token = endpoint.access === 'staff' ? admin.accessToken : endpoint.access === 'partner' ? partner.key : shopper.accessToken;
      const send = (options: Parameters<typeof call>[3]) => call(endpoint.method, endpoint.path, PLACEHOLDER, { token, ip: uniqueIp(), ...options });
      const wrongShape = await send({ json: ['not', 'an', 'object'] });
      expect(wrongShape.status, label).toBe(400);
      expect(wrongShape.headers.get('content-type')).toBe('application/problem+json');
      const control = await send({ json: { reason: 'a\u0000b', email: 'x\u0007@example.com', refreshToken: '\u0000' } });
      expect(control.status, label).toBe(400);
      expect(JSON.stringify(await control.json())).toMatch(/control characters/);
      expect((await send({ body: JSON.stringify({ padding: 'x'.repeat(20_000) }), headers: { 'content-type': 'application/json' } })).status, label).toBe(413);
      expect((await send({ body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, label).toBe(415);
      expect((await send({ body: '{"broken": ', headers: { 'content-type': 'application/json' } })).status, label).toBe(400);
    }
  });

  it('answers 400 for bad query parameters', async () => {
    const shopper = await apiCustomer();
    const admin = await createStaff('admin');
    const partner = await createPartnerKey({ name: 'Contract test', scopes: [...PARTNER_SCOPES] }, { id: admin.id, role: 'admin' }, null);
    const pharmacist = await apiStaff('pharmacist');
    for (const endpoint of allEndpoints().filter((e) => e.query)) {
      const token = endpoint.access === 'partner' ? partner.key : endpoint.access === 'staff' ? pharmacist.accessToken : shopper.accessToken;
      const response = await call(endpoint.method, endpoint.path, PLACEHOLDER, { token, ip: uniqueIp(), query: { cursor: '%%%', page: 'x', limit: '0', status: 'nope' } });
      expect(response.status, endpoint.path).toBe(400);
    }
  });

  it('carries RateLimit and RateLimit-Policy headers, and answers 429 with Retry-After past the limit', async () => {
    const ip = uniqueIp();
    const refusals = async () => (await metrics.rateLimitRefusals.get()).values.find((v) => v.labels.limit === 'api:auth')?.value ?? 0;
    const refusedBefore = await refusals();
    const answers: Response[] = [];
    for (let i = 0; i < 21; i += 1) answers.push(await call('POST', '/auth/refresh', {}, { ip, json: { refreshToken: 'mnr_unknown' } }));
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"auth";q=20;w=60');
    expect(answers[0]!.headers.get('ratelimit')).toMatch(/^"auth";r=19;t=\d+$/);
    expect(answers[19]!.status).toBe(401);
    expect(answers[20]!.status).toBe(429);
    expect(Number(answers[20]!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Counted under the policy's name, never under who was limited.
    expect(await refusals()).toBe(refusedBefore + 1);
    const shopper = await apiCustomer();
    const me = await call('GET', '/me', {}, { token: shopper.accessToken });
    expect(me.headers.get('ratelimit')).toMatch(/^"default";r=119;t=\d+$/);
  });

  it('sends CORS headers only to an origin in API_CORS_ORIGINS', async () => {
    const allowed = await call('GET', '/products', {}, { headers: { origin: 'https://app.medinest.test' }, ip: uniqueIp() });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.medinest.test');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await call('GET', '/products', {}, { headers: { origin: 'https://evil.example' }, ip: uniqueIp() });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await call('OPTIONS', '/checkout', {}, { headers: { origin: 'https://app.medinest.test', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    const refused = await call('OPTIONS', '/checkout', {}, { headers: { origin: 'https://evil.example' } });
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('another shopper\'s things do not exist', () => {
  it('answers 404 for another shopper\'s order, prescription, prescription file, address and cart line', async () => {
    const owner = await apiCustomer();
    const stranger = await apiCustomer();
    const order = await placeTestOrder({ customer: owner });
    const prescription = await createPrescription({ customer: owner });
    const address = await createAddress(owner.id, { isDefault: false });
    const product = await createProduct();
    await call('POST', '/cart/items', {}, { token: owner.accessToken, json: { productId: product.id, quantity: 1 } });
    const as = (token: string) => ({ token, ip: uniqueIp() });

    for (const [method, path, params] of [
      ['GET', '/orders/{number}', { number: order.number }],
      ['POST', '/orders/{number}/cancel', { number: order.number }],
      ['GET', '/prescriptions/{id}', { id: prescription.id }],
      ['GET', '/prescriptions/{id}/file', { id: prescription.id }],
      ['DELETE', '/addresses/{id}', { id: address }],
      ['DELETE', '/cart/items/{productId}', { productId: String(product.id) }],
    ] as const) {
      const response = await call(method, path, params, as(stranger.accessToken));
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    // The owner still has all of it.
    expect((await call('GET', '/orders/{number}', { number: order.number }, as(owner.accessToken))).status).toBe(200);
    const file = await call('GET', '/prescriptions/{id}/file', { id: prescription.id }, as(owner.accessToken));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^image\//);
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(schemas.prescriptionDetailSchema.parse(await (await call('GET', '/prescriptions/{id}', { id: prescription.id }, as(owner.accessToken))).json()).id).toBe(prescription.id);
    const mine = schemas.addressListSchema.parse(await (await call('GET', '/addresses', {}, as(owner.accessToken))).json());
    expect(mine.items.map((a) => a.id)).toContain(address);
    const theirs = schemas.addressListSchema.parse(await (await call('GET', '/addresses', {}, as(stranger.accessToken))).json());
    expect(theirs.items.map((a) => a.id)).not.toContain(address);
    const malformed = await call('GET', '/prescriptions/{id}', { id: 'not-a-uuid' }, as(owner.accessToken));
    expect(malformed.status).toBe(404);
  });
});

describe('prescriptions and addresses over the API', () => {
  it('uploads a photo through the shop\'s upload path and lists it; refuses a non-image and a non-multipart body', async () => {
    const shopper = await apiCustomer();
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(await photo())], { type: 'image/jpeg' }), 'rx.jpg');
    const uploaded = await call('POST', '/prescriptions', {}, { token: shopper.accessToken, body: form });
    expect(uploaded.status).toBe(201);
    const { id } = schemas.uploadedPrescriptionSchema.parse(await uploaded.json());
    expect(uploaded.headers.get('location')).toBe(`/api/v1/prescriptions/${id}`);
    const list = schemas.prescriptionListSchema.parse(await (await call('GET', '/prescriptions', {}, { token: shopper.accessToken })).json());
    expect(list.items.map((p) => p.id)).toEqual([id]);

    const script = new FormData();
    script.set('file', new Blob(['<script>alert(1)</script>'], { type: 'image/jpeg' }), 'x.jpg');
    const refused = await call('POST', '/prescriptions', {}, { token: shopper.accessToken, body: script });
    expect(refused.status).toBe(422);
    expect((await call('POST', '/prescriptions', {}, { token: shopper.accessToken, json: { file: 'x' } })).status).toBe(400);
  });

  it('adds an address with the shop\'s validation and deletes it', async () => {
    const shopper = await apiCustomer();
    const body = { label: 'Office', recipientName: 'Hari Thapa', phone: '+977 9851234567', province: 'Bagmati', district: 'Lalitpur', municipality: 'Lalitpur Metropolitan City', ward: 3, street: 'Pulchowk', isDefault: false };
    const created = await call('POST', '/addresses', {}, { token: shopper.accessToken, json: body });
    expect(created.status).toBe(201);
    const address = schemas.addressSchema.parse(await created.json());
    expect(address.phone).toBe('9851234567');
    const wrongDistrict = await call('POST', '/addresses', {}, { token: shopper.accessToken, json: { ...body, district: 'Kaski' } });
    expect(wrongDistrict.status).toBe(400);
    expect(((await wrongDistrict.json()) as { errors: object }).errors).toHaveProperty('district');
    expect((await call('POST', '/addresses', {}, { token: shopper.accessToken, json: { ...body, street: '<b>x</b>' } })).status).toBe(400);
    expect((await call('DELETE', '/addresses/{id}', { id: address.id }, { token: shopper.accessToken })).status).toBe(204);
  });

  it('changes and removes cart lines, refusing more than the stock', async () => {
    const shopper = await apiCustomer();
    const product = await createProduct({ batches: [{ quantity: 3 }] });
    const add = (quantity: number) => call('POST', '/cart/items', {}, { token: shopper.accessToken, json: { productId: product.id, quantity } });
    expect((await add(2)).status).toBe(200);
    expect((await add(2)).status).toBe(422);
    const changed = await call('PATCH', '/cart/items/{productId}', { productId: String(product.id) }, { token: shopper.accessToken, json: { quantity: 3 } });
    expect(schemas.cartSchema.parse(await changed.json()).lines[0]!.quantity).toBe(3);
    expect((await call('PATCH', '/cart/items/{productId}', { productId: String(product.id) }, { token: shopper.accessToken, json: { quantity: 0 } })).status).toBe(400);
    const removed = await call('DELETE', '/cart/items/{productId}', { productId: String(product.id) }, { token: shopper.accessToken });
    expect(schemas.cartSchema.parse(await removed.json()).lines).toEqual([]);
  });
});
