import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1', OCR_AFTER_UPLOAD: '0' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { auditLog, orderEvents, orders, partnerApiKeys } = await import('@/db/schema');
const { call } = await import('@/test-support/api-client');
const { apiCustomer } = await import('@/test-support/api-session');
const { uniqueIp } = await import('@/test-support/auth');
const { createStaff } = await import('@/test-support/factories/users');
const { placeTestOrder } = await import('@/test-support/factories/orders');
type PartnerScope = import('@/lib/api/contract/scopes').PartnerScope;
const { createPartnerKey, listPartnerKeys, PARTNER_KEYS_PER_PAGE, revokePartnerKey } = await import('@/lib/api/partner-keys');
const { partnerOrderPageSchema, partnerOrderSchema } = await import('@/lib/api/contract/schemas');

/**
 * Partner API keys on /api/v1: issued by an admin with scopes, stored hashed, refused when revoked
 * or out of scope, every use audited; the delivery view never shows the medicines.
 */
async function issue(scopes: PartnerScope[], name = `Partner ${Math.random().toString(36).slice(2, 8)}`) {
  const admin = await createStaff('admin');
  return { ...(await createPartnerKey({ name, scopes }, { id: admin.id, role: 'admin' }, null)), admin };
}

async function orderIn(status: 'confirmed' | 'packed' | 'dispatched' | 'delivered') {
  const order = await placeTestOrder({ paymentMethod: 'cod' });
  // Test setup only: the back office moves orders through transitionOrder.
  await db.update(orders).set({ status }).where(eq(orders.id, order.orderId));
  return order;
}

const uses = (keyId: string) => db.select({ details: auditLog.details, ip: auditLog.ip }).from(auditLog).where(and(eq(auditLog.entityType, 'api_key'), eq(auditLog.entityId, keyId), eq(auditLog.action, 'api_key.used')));

describe('partner API keys', () => {
  it('stores only a hash of the key, shown once, and audits its creation', async () => {
    const { id, key, admin } = await issue(['orders:read']);
    expect(key).toMatch(/^mnk_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(partnerApiKeys).where(eq(partnerApiKeys.id, id));
    expect(JSON.stringify(row)).not.toContain(key.slice(12));
    expect(row!.keyPrefix).toBe(key.slice(0, 12));
    const [created] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'api_key.created')));
    expect(created).toMatchObject({ actorId: admin.id, details: { scopes: ['orders:read'] } });
  });

  it('lists orders being delivered with the address and the cash to collect, never the medicines; paged by cursor', async () => {
    const { key, id } = await issue(['orders:read']);
    const packed = await orderIn('packed');
    const dispatched = await orderIn('dispatched');
    const confirmed = await orderIn('confirmed');
    const ip = uniqueIp();

    let listCalls = 0;
    const list = (query: Record<string, string>) => {
      listCalls += 1;
      return call('GET', '/partner/orders', {}, { token: key, ip, query });
    };
    const first = await list({ limit: '1', status: 'dispatched' });
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"partner";q=600;w=60');
    const page = partnerOrderPageSchema.parse(await first.json());
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.status).toBe('dispatched');
    if (page.nextCursor) {
      // The status filter rides in the cursor: another filter with it is refused.
      expect((await list({ cursor: page.nextCursor, status: 'packed' })).status).toBe(400);
    }

    // Other test files place orders at the same time: follow the cursor until ours are all seen.
    const seen = new Map<string, (typeof page.items)[number]>();
    let cursor: string | null | undefined;
    do {
      const next = partnerOrderPageSchema.parse(await (await list({ limit: '50', ...(cursor ? { cursor } : {}) })).json());
      for (const item of next.items) seen.set(item.number, item);
      cursor = next.nextCursor;
    } while (cursor && !(seen.has(packed.number) && seen.has(dispatched.number)));
    expect(seen.get(dispatched.number)).toMatchObject({ status: 'dispatched', amountToCollectPaisa: dispatched.totalPaisa, paymentMethod: 'cod' });
    expect(seen.get(packed.number)?.address.phone).toBeTruthy();
    expect(seen.has(confirmed.number)).toBe(false);
    // What a partner gets: no order lines, no prices per medicine.
    expect(Object.keys(seen.get(packed.number)!).sort()).toEqual(
      ['address', 'amountToCollectPaisa', 'courier', 'createdAt', 'deliveryNotes', 'itemCount', 'number', 'paymentMethod', 'paymentStatus', 'status', 'totalPaisa', 'trackingNote'].sort(),
    );

    const one = await call('GET', '/partner/orders/{number}', { number: packed.number }, { token: key, ip });
    expect(partnerOrderSchema.parse(await one.json()).number).toBe(packed.number);
    // Not yet packed: not the partner's business.
    expect((await call('GET', '/partner/orders/{number}', { number: confirmed.number }, { token: key, ip })).status).toBe(404);

    const audited = await uses(id);
    const operations = audited.map((u) => (u.details as { operation: string }).operation);
    expect(operations.filter((o) => o === 'listPartnerOrders')).toHaveLength(listCalls);
    expect(operations.filter((o) => o === 'getPartnerOrder')).toHaveLength(2);
    const [row] = await db.select({ lastUsedAt: partnerApiKeys.lastUsedAt }).from(partnerApiKeys).where(eq(partnerApiKeys.id, id));
    expect(row!.lastUsedAt).toBeInstanceOf(Date);
  });

  it('refuses no key, a customer token, an unknown key, a revoked key (401) and a key without the scope (403, audited)', async () => {
    const ip = uniqueIp();
    const list = (token?: string) => call('GET', '/partner/orders', {}, { token, ip });
    expect((await list()).status).toBe(401);
    expect((await list((await apiCustomer()).accessToken)).status).toBe(401);
    expect((await list(`mnk_${'A'.repeat(43)}`)).status).toBe(401);

    const catalogOnly = await issue(['catalog:read']);
    const refused = await list(catalogOnly.key);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/orders:read/);
    expect((await uses(catalogOnly.id)).map((u) => (u.details as { allowed: boolean }).allowed)).toEqual([false]);

    const revoked = await issue(['orders:read']);
    expect((await list(revoked.key)).status).toBe(200);
    await revokePartnerKey(revoked.id, { id: revoked.admin.id, role: 'admin' }, null);
    expect((await list(revoked.key)).status).toBe(401);
    await expect(revokePartnerKey(revoked.id, { id: revoked.admin.id, role: 'admin' }, null)).rejects.toThrow(/already revoked/);
  });

  it('lets a key with catalog:read read the catalog on its own limit, and refuses one without it', async () => {
    const reader = await issue(['catalog:read']);
    const response = await call('GET', '/products', {}, { token: reader.key, ip: uniqueIp(), query: { q: 'paracetamol' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-policy')).toBe('"partner";q=600;w=60');
    expect(await uses(reader.id)).toHaveLength(1);

    const ordersOnly = await issue(['orders:read']);
    expect((await call('GET', '/products', {}, { token: ordersOnly.key, ip: uniqueIp() })).status).toBe(403);
    // Anyone may still read the catalog without a key, and a header it cannot use is ignored.
    expect((await call('GET', '/products', {}, { ip: uniqueIp() })).status).toBe(200);
    expect((await call('GET', '/products', {}, { ip: uniqueIp(), headers: { authorization: 'Basic Zm9vOmJhcg==' } })).status).toBe(200);
  });

  it('lists keys a page at a time, live ones before revoked ones, none twice', async () => {
    const revoked = await issue(['orders:read']);
    await revokePartnerKey(revoked.id, { id: revoked.admin.id, role: 'admin' }, null);
    for (let i = 0; i < PARTNER_KEYS_PER_PAGE; i += 1) await issue(['catalog:read']);
    const first = await listPartnerKeys(1);
    expect(first.rows).toHaveLength(PARTNER_KEYS_PER_PAGE);
    expect(first.pageCount).toBe(Math.ceil(first.total / PARTNER_KEYS_PER_PAGE));
    const all = [first.rows];
    for (let page = 2; page <= first.pageCount; page += 1) all.push((await listPartnerKeys(page)).rows);
    const ids = all.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(first.total);
    const revokedAt = all.flat().map((row) => row.revokedAt !== null);
    expect(revokedAt.indexOf(true)).toBeGreaterThan(revokedAt.lastIndexOf(false));
    // A page past the end shows the last one rather than nothing.
    expect((await listPartnerKeys(9_999)).page).toBe(first.pageCount);
  });

  it('keeps keys apart from each other: revoking one leaves the rest working', async () => {
    const [a, b] = [await issue(['orders:read']), await issue(['orders:read'])];
    await revokePartnerKey(a.id, { id: a.admin.id, role: 'admin' }, null);
    expect((await call('GET', '/partner/orders', {}, { token: b.key, ip: uniqueIp() })).status).toBe(200);
    const rows = await db.select({ id: partnerApiKeys.id, revoked: sql<boolean>`${partnerApiKeys.revokedAt} is not null` }).from(partnerApiKeys).where(inArray(partnerApiKeys.id, [a.id, b.id]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.revoked]))).toEqual({ [a.id]: true, [b.id]: false });
  });

  it('lets a key with orders:write report a dispatched order delivered with the cash, once, and refuses the rest', async () => {
    const writer = await issue(['orders:read', 'orders:write']);
    const reader = await issue(['orders:read']);
    const report = (key: string, number: string, json: unknown = {}) => call('POST', '/partner/orders/{number}/delivery', { number }, { token: key, ip: uniqueIp(), json });

    const dispatched = await orderIn('dispatched');
    const refused = await report(reader.key, dispatched.number, { cashCollected: true });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/orders:write/);
    expect((await uses(reader.id)).map((u) => (u.details as { allowed: boolean }).allowed)).toEqual([false]);

    // Two reports of one delivery at once (a courier app retrying): one delivers, the other is told.
    const [a, b] = await Promise.all([report(writer.key, dispatched.number, { cashCollected: true, note: 'Left with the guard' }), report(writer.key, dispatched.number, { cashCollected: true })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const delivered = partnerOrderSchema.parse(await (a.status === 200 ? a : b).json());
    expect(delivered).toMatchObject({ status: 'delivered', paymentStatus: 'paid', amountToCollectPaisa: 0 });
    const events = await db.select({ toStatus: orderEvents.toStatus, note: orderEvents.note, actorId: orderEvents.actorId }).from(orderEvents).where(and(eq(orderEvents.orderId, dispatched.orderId), eq(orderEvents.toStatus, 'delivered')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, note: expect.stringMatching(new RegExp(`^Delivered, reported by ${writer.name}, cash collected\\.`)) });

    const packed = await orderIn('packed');
    expect((await report(writer.key, packed.number)).status).toBe(409);
    const confirmed = await orderIn('confirmed');
    expect((await report(writer.key, confirmed.number)).status).toBe(404);
    expect((await report(writer.key, 'MN-000000-AAAAAAAA')).status).toBe(404);
    const paidOnline = await orderIn('dispatched');
    await db.update(orders).set({ paymentStatus: 'paid' }).where(eq(orders.id, paidOnline.orderId));
    expect((await report(writer.key, paidOnline.number, { cashCollected: true })).status).toBe(422);
    expect((await report(writer.key, paidOnline.number, { cashCollected: 'yes' })).status).toBe(400);
    expect((await report(writer.key, paidOnline.number)).status).toBe(200);
  });
});
