import { randomBytes, randomUUID } from 'node:crypto';
import { eq, like, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
const { createCustomer, createStaff, createUser } = await import('@/test-support/factories/users');
const { createBatch, createCategory, createProduct } = await import('@/test-support/factories/products');
const { checkoutKey } = await import('@/test-support/factories/orders');
const { nextControlFlow, signedIn, signInAs } = await import('@/test-support/admin-session');

// The session cookie is the one thing a test cannot make; everything after it is the real code.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('@/lib/auth/current-path', async (original) => ({ ...(await original<typeof import('@/lib/auth/current-path')>()), currentPath: async () => '/admin' }));
vi.mock('@/lib/audit/request-ip', () => ({ requestIp: async () => '127.0.0.1' }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = '1';

const { db } = await import('@/db/client');
const { categories, inventoryBatches, products, regulatedMedicines, users, webhookDeliveries, webhookEndpoints } = await import('@/db/schema');
const { placeOrder } = await import('@/lib/orders/place-order');
const { MESSAGES } = await import('@/lib/auth/action-core');
const { PERMISSIONS, can, rolesWith } = await import('./matrix');
type Permission = (typeof PERMISSIONS)[number];
type Role = 'customer' | 'pharmacist' | 'admin';

const orderActions = await import('@/app/[locale]/admin/orders/[number]/actions');
const stockActions = await import('@/app/[locale]/admin/stock/actions');
const productActions = await import('@/app/[locale]/admin/products/actions');
const categoryActions = await import('@/app/[locale]/admin/categories/actions');
const userActions = await import('@/app/[locale]/admin/users/actions');
const prescriptionActions = await import('@/app/[locale]/admin/prescriptions/[id]/actions');
const outboxActions = await import('@/app/[locale]/admin/outbox/actions');
const apiKeyActions = await import('@/app/[locale]/admin/api-keys/actions');
const regulatedActions = await import('@/app/[locale]/admin/regulated-medicines/actions');
const settingsActions = await import('@/app/[locale]/admin/settings/actions');
const webhookActions = await import('@/app/[locale]/admin/webhooks/actions');
const { queueWebhookTest, registerWebhookEndpoint } = await import('@/lib/webhooks/endpoints');
const { createPartnerKey } = await import('@/lib/api/partner-keys');

const tag = () => randomBytes(4).toString('hex');
let categoryId: number;
let pngBytes: Buffer;

async function codOrder(): Promise<{ orderId: string; number: string }> {
  const shopper = await createCustomer();
  const product = await createProduct({ batches: [{ quantity: 20, expiryDate: '2099-12-31' }] });
  const placed = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity: 1 }] });
  return { orderId: placed.orderId, number: placed.number };
}

async function expiredBatch(): Promise<number> {
  const product = await createProduct({ batches: [] });
  return createBatch(product.id, { quantity: 4, expiryDate: '2020-01-01' });
}

const productFields = () => ({
  slug: `matrix-${tag()}`,
  brandName: 'Matrixol',
  genericName: 'Paracetamol',
  strength: '500 mg',
  dosageForm: 'Tablet',
  packSize: '10 tablets',
  manufacturer: 'Test Labs',
  categoryId: String(categoryId),
  pricePaisa: '25.50',
  mrpPaisa: '30',
  requiresPrescription: undefined,
  active: 'on',
  reorderLevel: '5',
  maxPerOrder: '10',
});

const categoryFields = (extra: Record<string, string>) => ({ name: 'Matrix remedies', nameNe: 'म्याट्रिक्स औषधि', description: '', descriptionNe: '', sortOrder: '500', ...extra });

type Action = (input: unknown) => Promise<{ ok: boolean; message?: string }>;
/** Every back-office server action: the permission it needs and a fresh input that would succeed. */
const ACTIONS: Record<string, { action: Action; permission: Permission; input: () => Promise<Record<string, unknown>> }> = {
  orderStepAction: { action: orderActions.orderStepAction, permission: 'orders.manage', input: async () => ({ orderId: (await codOrder()).orderId, step: 'pack' }) },
  issueInvoiceAction: { action: orderActions.issueInvoiceAction, permission: 'orders.manage', input: async () => ({ orderId: (await codOrder()).orderId }) },
  savePharmacyDetailsAction: {
    action: settingsActions.savePharmacyDetailsAction,
    permission: 'settings.manage',
    input: async () => ({ pharmacyName: 'Matrix Pharmacy Pvt. Ltd.', ddaLicenceNumber: 'DDA 1111/081-82', panNumber: '601111111', address: 'Putalisadak-28, Kathmandu', phone: '01-4411223', email: 'matrix@example.test', pharmacistName: 'Sita Sharma', pharmacistRegistration: 'NPC A-1111' }),
  },
  saveDeliveryDaysAction: { action: settingsActions.saveDeliveryDaysAction, permission: 'settings.manage', input: async () => ({ 'min:Kathmandu': '1', 'max:Kathmandu': '2', 'min:Jumla': '6' }) },
  recordOrderRefundAction: { action: orderActions.recordOrderRefundAction, permission: 'orders.manage', input: async () => ({ orderId: (await codOrder()).orderId, reference: 'RF-12345' }) },
  receiveBatchAction: {
    action: stockActions.receiveBatchAction,
    permission: 'stock.manage',
    input: async () => ({ productId: String((await createProduct({ batches: [] })).id), batchNumber: `RCV-${tag()}`, expiryDate: '2099-06-30', quantity: '12', costRupees: '4.25' }),
  },
  adjustBatchAction: { action: stockActions.adjustBatchAction, permission: 'stock.manage', input: async () => ({ batchId: String((await createProduct()).batchIds[0]), quantityChange: '-1', reason: 'Broken strip' }) },
  writeOffAction: { action: stockActions.writeOffAction, permission: 'stock.manage', input: async () => ({ batchId: String(await expiredBatch()) }) },
  reorderLevelAction: { action: stockActions.reorderLevelAction, permission: 'stock.manage', input: async () => ({ productId: String((await createProduct()).id), reorderLevel: '7' }) },
  createProductAction: { action: productActions.createProductAction, permission: 'products.manage', input: async () => productFields() },
  updateProductAction: { action: productActions.updateProductAction, permission: 'products.manage', input: async () => ({ ...productFields(), productId: String((await createProduct()).id) }) },
  setProductActiveAction: { action: productActions.setProductActiveAction, permission: 'products.manage', input: async () => ({ productId: String((await createProduct()).id), active: 'false' }) },
  uploadProductImageAction: {
    action: productActions.uploadProductImageAction,
    permission: 'products.manage',
    input: async () => ({ productId: String((await createProduct()).id), image: new File([new Uint8Array(pngBytes)], 'pack.png', { type: 'image/png' }) }),
  },
  createCategoryAction: { action: categoryActions.createCategoryAction, permission: 'products.manage', input: async () => categoryFields({ slug: `matrix-${tag()}` }) },
  updateCategoryAction: { action: categoryActions.updateCategoryAction, permission: 'products.manage', input: async () => categoryFields({ categoryId: String((await createCategory()).id) }) },
  changeRoleAction: { action: userActions.changeRoleAction, permission: 'users.manage', input: async () => ({ userId: (await createUser()).id, role: 'pharmacist' }) },
  disableUserAction: { action: userActions.disableUserAction, permission: 'users.manage', input: async () => ({ userId: (await createUser()).id }) },
  enableUserAction: {
    action: userActions.enableUserAction,
    permission: 'users.manage',
    input: async () => {
      const user = await createUser();
      await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
      return { userId: user.id };
    },
  },
  // Only to staff who have not enrolled yet (createUser makes them without two-factor).
  issueEnrolmentLinkAction: { action: userActions.issueEnrolmentLinkAction, permission: 'users.manage', input: async () => ({ userId: (await createUser({ role: 'pharmacist' })).id }) },
  resetTwoFactorAction: { action: userActions.resetTwoFactorAction, permission: 'users.manage', input: async () => ({ userId: (await createStaff('pharmacist')).id }) },
  // The prescriptions and outbox engineers' actions, held to the same matrix.
  approvePrescriptionAction: { action: prescriptionActions.approvePrescriptionAction, permission: 'prescriptions.review', input: async () => ({ prescriptionId: randomUUID(), validUntil: '2099-01-01' }) },
  rejectPrescriptionAction: { action: prescriptionActions.rejectPrescriptionAction, permission: 'prescriptions.review', input: async () => ({ prescriptionId: randomUUID(), reason: 'unreadable', detail: 'Please upload again' }) },
  retryNotificationAction: { action: outboxActions.retryNotificationAction, permission: 'outbox.manage', input: async () => ({ id: randomUUID() }) },
  retrySmsAction: { action: outboxActions.retrySmsAction, permission: 'outbox.manage', input: async () => ({ id: randomUUID() }) },
  createPartnerKeyAction: { action: apiKeyActions.createPartnerKeyAction, permission: 'api-keys.manage', input: async () => ({ name: `Partner ${tag()}`, 'scope:orders:read': 'on' }) },
  addRegulatedMedicineAction: { action: regulatedActions.addRegulatedMedicineAction, permission: 'products.manage', input: async () => ({ genericName: `testamycin ${tag().toLowerCase()}`, reason: 'Kept for hospital use in this test.' }) },
  removeRegulatedMedicineAction: {
    action: regulatedActions.removeRegulatedMedicineAction,
    permission: 'products.manage',
    input: async () => ({ id: String((await db.insert(regulatedMedicines).values({ genericName: `testamycin ${tag().toLowerCase()}`, reason: 'Kept for hospital use.' }).returning())[0]!.id) }),
  },
  revokePartnerKeyAction: {
    action: apiKeyActions.revokePartnerKeyAction,
    permission: 'api-keys.manage',
    input: async () => ({ keyId: (await createPartnerKey({ name: `Partner ${tag()}`, scopes: ['orders:read'] }, { id: people.admin!.id, role: 'admin' }, null)).id }),
  },
};

// Endpoints at a name that never resolves: the actions that send at once get an answer quickly.
const webhookEndpoint = async () =>
  (await registerWebhookEndpoint({ url: `https://${tag()}.hooks.invalid/medinest`, description: '', events: ['order.created'] }, { id: people.admin!.id, role: 'admin' }, null)).id;
Object.assign(ACTIONS, {
  registerWebhookEndpointAction: { action: webhookActions.registerWebhookEndpointAction, permission: 'webhooks.manage', input: async () => ({ url: `https://${tag()}.hooks.invalid/medinest`, 'event:order.created': 'on' }) },
  setWebhookEndpointEnabledAction: { action: webhookActions.setWebhookEndpointEnabledAction, permission: 'webhooks.manage', input: async () => ({ endpointId: await webhookEndpoint(), enabled: 'false' }) },
  rotateWebhookSecretAction: { action: webhookActions.rotateWebhookSecretAction, permission: 'webhooks.manage', input: async () => ({ endpointId: await webhookEndpoint() }) },
  deleteWebhookEndpointAction: { action: webhookActions.deleteWebhookEndpointAction, permission: 'webhooks.manage', input: async () => ({ endpointId: await webhookEndpoint() }) },
  sendWebhookTestAction: { action: webhookActions.sendWebhookTestAction, permission: 'webhooks.manage', input: async () => ({ endpointId: await webhookEndpoint() }) },
  replayWebhookDeliveryAction: {
    action: webhookActions.replayWebhookDeliveryAction,
    permission: 'webhooks.manage',
    input: async () => {
      const endpointId = await webhookEndpoint();
      const { deliveryId } = await queueWebhookTest(endpointId, { id: people.admin!.id, role: 'admin' }, null);
      await db.update(webhookDeliveries).set({ state: 'failed' }).where(eq(webhookDeliveries.id, deliveryId));
      return { endpointId, deliveryId };
    },
  },
} satisfies typeof ACTIONS);

const GATE_MESSAGES: string[] = [MESSAGES.forbidden, MESSAGES.signIn, MESSAGES.twoFactor];
const people: Partial<Record<Role, { id: string }>> = {};

/** Calls a server action the way Next does; a redirect (create → edit page) counts as success. */
async function call(action: Action, input: unknown): Promise<{ ok: boolean; message?: string }> {
  try {
    return await action(input);
  } catch (error) {
    if (nextControlFlow(error) === 'redirect') return { ok: true, message: 'redirected' };
    throw error;
  }
}

beforeAll(async () => {
  const [category] = await db.execute<{ id: number }>(sql`select id from categories order by id limit 1`);
  categoryId = category!.id;
  pngBytes = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#047857' } }).png().toBuffer();
  for (const role of ['customer', 'pharmacist', 'admin'] as const) people[role] = await createUser({ role, twoFactor: role !== 'customer' });
});

// The shared database keeps no endpoint of this file's: other files' orders would be queued for it.
afterAll(async () => {
  await db.delete(webhookEndpoints).where(like(webhookEndpoints.url, '%.hooks.invalid/%'));
});

describe('the matrix itself (issue #8)', () => {
  it('gives pharmacists orders, prescriptions, stock and the controlled register, and admins everything', () => {
    const pharmacist = PERMISSIONS.filter((p) => can('pharmacist', p)).sort();
    expect(pharmacist).toEqual(['controlled-register.view', 'dashboard.view', 'orders.export', 'orders.manage', 'orders.view', 'prescription-files.read', 'prescriptions.review', 'stock.export', 'stock.manage', 'stock.view']);
    expect(PERMISSIONS.every((p) => can('admin', p))).toBe(true);
    expect(PERMISSIONS.some((p) => can('customer', p))).toBe(false);
  });
});

describe('permission matrix: server actions', () => {
  it('covers every exported back-office action', () => {
    const exported = [orderActions, stockActions, productActions, categoryActions, userActions, prescriptionActions, outboxActions, apiKeyActions, regulatedActions, settingsActions, webhookActions].flatMap((m) =>
      Object.entries(m)
        .filter(([, v]) => typeof v === 'function')
        .map(([k]) => k),
    );
    expect(exported.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [name, spec] of Object.entries(ACTIONS)) {
    it(`${name}: ${rolesWith(spec.permission).join(' and ')} only`, async () => {
      signInAs(null);
      expect(await call(spec.action, await spec.input())).toEqual({ ok: false, message: MESSAGES.signIn });
      for (const role of ['customer', 'pharmacist', 'admin'] as const) {
        signInAs(people[role]!);
        const result = await call(spec.action, await spec.input());
        if (can(role, spec.permission)) {
          expect(GATE_MESSAGES, `${role} should pass ${name}: ${result.message}`).not.toContain(result.message);
        } else {
          expect(result, `${role} must be refused ${name}`).toEqual({ ok: false, message: MESSAGES.forbidden });
        }
      }
      // Staff whose session has not passed two-factor are refused too.
      signInAs(people.admin!, false);
      expect(await call(spec.action, await spec.input())).toEqual({ ok: false, message: MESSAGES.twoFactor });
    });
  }

  it('succeeds for the roles it allows (the inputs above are real, not just past the gate)', async () => {
    signInAs(people.pharmacist!);
    for (const name of ['orderStepAction', 'receiveBatchAction', 'adjustBatchAction', 'writeOffAction', 'reorderLevelAction'] as const) {
      { const r = await call(ACTIONS[name]!.action, await ACTIONS[name]!.input()); expect(r, `${name}: ${r.message}`).toMatchObject({ ok: true }); }
    }
    signInAs(people.admin!);
    for (const name of ['createProductAction', 'updateProductAction', 'setProductActiveAction', 'uploadProductImageAction', 'createCategoryAction', 'updateCategoryAction', 'changeRoleAction', 'disableUserAction', 'enableUserAction', 'issueEnrolmentLinkAction', 'resetTwoFactorAction', 'registerWebhookEndpointAction', 'setWebhookEndpointEnabledAction', 'rotateWebhookSecretAction', 'deleteWebhookEndpointAction', 'sendWebhookTestAction', 'replayWebhookDeliveryAction'] as const) {
      { const r = await call(ACTIONS[name]!.action, await ACTIONS[name]!.input()); expect(r, `${name}: ${r.message}`).toMatchObject({ ok: true }); }
    }
  });

  it('a refused call changes nothing: a pharmacist cannot promote a customer, change a price, replace a photo or rename a category', async () => {
    const customer = await createUser();
    const product = await createProduct({ pricePaisa: 10_000 });
    const [before] = await db.select({ imageUrl: products.imageUrl }).from(products).where(eq(products.id, product.id));
    signInAs(people.pharmacist!);
    await call(userActions.changeRoleAction, { userId: customer.id, role: 'admin' });
    await call(productActions.updateProductAction, { ...productFields(), productId: String(product.id), pricePaisa: '1', mrpPaisa: '1' });
    expect(await call(productActions.uploadProductImageAction, { productId: String(product.id), image: new File([new Uint8Array(pngBytes)], 'pack.png', { type: 'image/png' }) })).toEqual({ ok: false, message: MESSAGES.forbidden });
    expect(await call(categoryActions.updateCategoryAction, categoryFields({ categoryId: String(product.categoryId), name: 'Renamed by a pharmacist' }))).toEqual({ ok: false, message: MESSAGES.forbidden });
    const [category] = await db.select({ name: categories.name }).from(categories).where(eq(categories.id, product.categoryId));
    expect(category!.name).not.toBe('Renamed by a pharmacist');
    const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, customer.id));
    const [row] = await db.select({ price: products.pricePaisa, imageUrl: products.imageUrl }).from(products).where(eq(products.id, product.id));
    expect(user!.role).toBe('customer');
    expect(row!.price).toBe(10_000);
    expect(row!.imageUrl).toBe(before!.imageUrl);
  });

  it('a customer calling a stock action directly leaves the batch alone', async () => {
    const product = await createProduct({ batches: [{ quantity: 9, expiryDate: '2099-12-31' }] });
    signInAs(people.customer!);
    expect(await call(stockActions.adjustBatchAction, { batchId: String(product.batchIds[0]), quantityChange: '-9', reason: 'steal it' })).toEqual({ ok: false, message: MESSAGES.forbidden });
    const [batch] = await db.select({ q: inventoryBatches.quantity }).from(inventoryBatches).where(eq(inventoryBatches.id, product.batchIds[0]!));
    expect(batch!.q).toBe(9);
  });
});

type PageModule = { default: (props: never) => Promise<unknown> };
type PageSpec = { load: () => Promise<PageModule>; permission: Permission; props: () => Promise<Record<string, unknown>> };
const noProps = async () => ({ params: Promise.resolve({}), searchParams: Promise.resolve({}) });

const PAGES: Record<string, PageSpec> = {
  '/admin': { load: () => import('@/app/[locale]/admin/page'), permission: 'dashboard.view', props: noProps },
  '/admin/orders': { load: () => import('@/app/[locale]/admin/orders/page'), permission: 'orders.view', props: async () => ({ searchParams: Promise.resolve({ status: 'confirmed', q: 'MN' }) }) },
  '/admin/orders/[number]': { load: () => import('@/app/[locale]/admin/orders/[number]/page'), permission: 'orders.view', props: async () => ({ params: Promise.resolve({ number: (await codOrder()).number }) }) },
  '/admin/orders/[number]/invoice': { load: () => import('@/app/[locale]/admin/orders/[number]/invoice/page'), permission: 'orders.view', props: async () => ({ params: Promise.resolve({ number: (await codOrder()).number }) }) },
  '/admin/orders/[number]/packing-slip': { load: () => import('@/app/[locale]/admin/orders/[number]/packing-slip/page'), permission: 'orders.view', props: async () => ({ params: Promise.resolve({ number: (await codOrder()).number }) }) },
  '/admin/stock': { load: () => import('@/app/[locale]/admin/stock/page'), permission: 'stock.view', props: async () => ({ searchParams: Promise.resolve({ filter: 'low' }) }) },
  '/admin/stock/batches': { load: () => import('@/app/[locale]/admin/stock/batches/page'), permission: 'stock.view', props: async () => ({ searchParams: Promise.resolve({ expiring: '30' }) }) },
  '/admin/stock/[productId]': { load: () => import('@/app/[locale]/admin/stock/[productId]/page'), permission: 'stock.view', props: async () => ({ params: Promise.resolve({ productId: String((await createProduct()).id) }), searchParams: Promise.resolve({}) }) },
  '/admin/products': { load: () => import('@/app/[locale]/admin/products/page'), permission: 'products.manage', props: noProps },
  '/admin/products/new': { load: () => import('@/app/[locale]/admin/products/new/page'), permission: 'products.manage', props: noProps },
  '/admin/products/[id]': { load: () => import('@/app/[locale]/admin/products/[id]/page'), permission: 'products.manage', props: async () => ({ params: Promise.resolve({ id: String((await createProduct()).id) }), searchParams: Promise.resolve({}) }) },
  '/admin/categories': { load: () => import('@/app/[locale]/admin/categories/page'), permission: 'products.manage', props: noProps },
  '/admin/categories/new': { load: () => import('@/app/[locale]/admin/categories/new/page'), permission: 'products.manage', props: noProps },
  '/admin/categories/[id]': { load: () => import('@/app/[locale]/admin/categories/[id]/page'), permission: 'products.manage', props: async () => ({ params: Promise.resolve({ id: String((await createCategory()).id) }), searchParams: Promise.resolve({}) }) },
  '/admin/users': { load: () => import('@/app/[locale]/admin/users/page'), permission: 'users.manage', props: noProps },
  '/admin/audit': { load: () => import('@/app/[locale]/admin/audit/page'), permission: 'audit.view', props: async () => ({ searchParams: Promise.resolve({ action: 'user.role_changed' }) }) },
  '/admin/prescriptions': { load: () => import('@/app/[locale]/admin/prescriptions/page'), permission: 'prescriptions.review', props: noProps },
  '/admin/outbox': { load: () => import('@/app/[locale]/admin/outbox/page'), permission: 'outbox.manage', props: noProps },
  '/admin/regulated-medicines': { load: () => import('@/app/[locale]/admin/regulated-medicines/page'), permission: 'products.manage', props: noProps },
  '/admin/settings': { load: () => import('@/app/[locale]/admin/settings/page'), permission: 'settings.manage', props: noProps },
  '/admin/refills': { load: () => import('@/app/[locale]/admin/refills/page'), permission: 'orders.view', props: noProps },
  '/admin/controlled-register': { load: () => import('@/app/[locale]/admin/controlled-register/page'), permission: 'controlled-register.view', props: async () => ({ searchParams: Promise.resolve({ from: '2026-01-01', page: '2' }) }) },
  '/admin/api-keys': { load: () => import('@/app/[locale]/admin/api-keys/page'), permission: 'api-keys.manage', props: async () => ({ searchParams: Promise.resolve({ page: '2' }) }) },
  '/admin/webhooks': { load: () => import('@/app/[locale]/admin/webhooks/page'), permission: 'webhooks.manage', props: noProps },
  '/admin/webhooks/[id]': { load: () => import('@/app/[locale]/admin/webhooks/[id]/page'), permission: 'webhooks.manage', props: async () => ({ params: Promise.resolve({ id: await webhookEndpoint() }), searchParams: Promise.resolve({}) }) },
};

async function render(spec: PageSpec): Promise<'rendered' | 'forbidden' | 'redirect' | 'not-found'> {
  const page = await spec.load();
  try {
    await page.default((await spec.props()) as never);
    return 'rendered';
  } catch (error) {
    const flow = nextControlFlow(error);
    if (flow) return flow;
    throw error;
  }
}

describe('permission matrix: pages', () => {
  for (const [path, spec] of Object.entries(PAGES)) {
    it(`${path}: anonymous → sign in, customer → 403, staff by the matrix`, async () => {
      signInAs(null);
      expect(await render(spec)).toBe('redirect');
      for (const role of ['customer', 'pharmacist', 'admin'] as const) {
        signInAs(people[role]!);
        expect(await render(spec), role).toBe(can(role, spec.permission) ? 'rendered' : 'forbidden');
      }
      // Staff who have not enrolled two-factor are sent to enrol, not let in.
      signInAs(await createStaff('admin', { twoFactor: false }), false);
      expect(await render(spec)).toBe('redirect');
    });
  }
});

describe('permission matrix: route handlers', () => {
  const ROUTES = {
    '/api/admin/exports/orders': { load: () => import('@/app/api/admin/exports/orders/route'), permission: 'orders.export' as Permission },
    '/api/admin/exports/stock': { load: () => import('@/app/api/admin/exports/stock/route'), permission: 'stock.export' as Permission },
    '/api/admin/exports/controlled-register': { load: () => import('@/app/api/admin/exports/controlled-register/route'), permission: 'controlled-register.view' as Permission },
  };
  for (const [path, spec] of Object.entries(ROUTES)) {
    it(`${path}: 401 anonymous, 403 customer, CSV for staff`, async () => {
      const { GET } = await spec.load();
      const request = () => new Request(`http://shop.test${path}?status=confirmed`);
      signInAs(null);
      expect((await GET(request())).status).toBe(401);
      for (const role of ['customer', 'pharmacist', 'admin'] as const) {
        signInAs(people[role]!);
        const response = await GET(request());
        expect(response.status, role).toBe(can(role, spec.permission) ? 200 : 403);
        if (response.status === 200) {
          expect(response.headers.get('content-type')).toContain('text/csv');
          expect(response.headers.get('cache-control')).toContain('no-store');
        } else {
          expect(await response.text()).not.toContain(',');
        }
      }
    });
  }

  it('refuses a download in the language of the back-office page it was started from', async () => {
    const { GET } = await ROUTES['/api/admin/exports/orders'].load();
    const fromNepaliPage = () => new Request('http://shop.test/api/admin/exports/orders', { headers: { host: 'shop.test', referer: 'http://shop.test/ne/admin/orders' } });
    signInAs(null);
    const anonymous = await GET(fromNepaliPage());
    expect([anonymous.status, anonymous.headers.get('content-language'), await anonymous.text()]).toEqual([401, 'ne', 'जारी राख्न दुई-चरण प्रमाणीकरणसहित साइन इन गर्नुहोस्।']);
    signInAs(people.customer!);
    expect(await (await GET(fromNepaliPage())).text()).toBe('तपाईंलाई यो गर्ने अनुमति छैन');
  });
});

describe('permissions by back-office path', () => {
  it('maps every area to the permission its pages check', async () => {
    const { permissionForAdminPath } = await import('./admin-areas');
    expect(permissionForAdminPath('/admin')).toBe('dashboard.view');
    expect(permissionForAdminPath('/admin/orders/MN-1/invoice')).toBe('orders.view');
    expect(permissionForAdminPath('/admin/prescriptions/abc')).toBe('prescriptions.review');
    expect(permissionForAdminPath('/admin/products/new')).toBe('products.manage');
    expect(permissionForAdminPath('/admin/categories')).toBe('products.manage');
    expect(permissionForAdminPath('/admin/categories/12')).toBe('products.manage');
    expect(permissionForAdminPath('/admin/outbox')).toBe('outbox.manage');
    expect(permissionForAdminPath('/admin/usersettings')).toBe('dashboard.view');
  });
});

describe('prescription files: the owner, or a two-factor session holding prescription-files.read', () => {
  it('serves the file to its owner and to verified staff, and answers 404 to everyone else', async () => {
    const { uploadPrescription } = await import('@/lib/prescriptions/upload');
    const { GET } = await import('@/app/api/prescriptions/[id]/file/route');
    const owner = await createUser();
    const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
    const { id } = await uploadPrescription({ userId: owner.id, bytes: photo });
    const status = async () => (await GET(new Request(`http://shop.test/api/prescriptions/${id}/file`), { params: Promise.resolve({ id }) })).status;

    signInAs(null);
    expect(await status()).toBe(404);
    signInAs(owner);
    expect(await status()).toBe(200);
    for (const role of ['customer', 'pharmacist', 'admin'] as const) {
      signInAs(people[role]!);
      expect(await status(), role).toBe(can(role, 'prescription-files.read') ? 200 : 404);
    }
    // Staff whose session has not passed two-factor are like any stranger.
    signInAs(people.pharmacist!, false);
    expect(await status()).toBe(404);
  });
});

describe('the back-office layout', () => {
  /** The hrefs a rendered server component links to. */
  function links(node: unknown, found: string[] = []): string[] {
    if (Array.isArray(node)) node.forEach((child) => links(child, found));
    else if (node && typeof node === 'object' && 'props' in node) {
      const props = (node as { props: { href?: unknown; children?: unknown } }).props;
      if (typeof props.href === 'string') found.push(props.href);
      links(props.children, found);
    }
    return found;
  }
  it('links only to the sections the role may open, and refuses customers', async () => {
    const { default: AdminLayout } = await import('@/app/[locale]/admin/layout');
    signInAs(people.pharmacist!);
    expect(links(await AdminLayout({ children: null }))).toEqual(['/admin', '/admin/prescriptions', '/admin/orders', '/admin/refills', '/admin/stock', '/admin/controlled-register']);
    signInAs(people.admin!);
    expect(links(await AdminLayout({ children: null }))).toEqual(['/admin', '/admin/prescriptions', '/admin/orders', '/admin/refills', '/admin/stock', '/admin/products', '/admin/categories', '/admin/regulated-medicines', '/admin/controlled-register', '/admin/users', '/admin/audit', '/admin/outbox', '/admin/api-keys', '/admin/webhooks', '/admin/settings']);
    signInAs(people.customer!);
    expect(await AdminLayout({ children: null }).catch(nextControlFlow)).toBe('forbidden');
  });
});
