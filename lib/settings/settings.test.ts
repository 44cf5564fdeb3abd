import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const cacheCalls: { key: string[]; tags: string[] }[] = [];
const expired: string[] = [];
vi.mock('next/cache', () => ({
  revalidatePath: () => {},
  revalidateTag: (tag: string, profile: unknown) => expired.push(`${tag}:${JSON.stringify(profile)}`),
  unstable_cache: (fn: () => Promise<unknown>, key: string[], options: { tags: string[] }) => {
    cacheCalls.push({ key, tags: options.tags });
    return fn;
  },
}));

const { db } = await import('@/db/client');
const { auditLog, shopSettings } = await import('@/db/schema');
const { createStaff } = await import('@/test-support/factories/users');
const { PHARMACY_DETAILS } = await import('@/test-support/factories/pharmacy-details');
const { deliveryDaysSchema, pharmacyDetailsSchema } = await import('./schema');
const { saveDeliveryDays, savePharmacyDetails } = await import('./write');
const { getShopSettings, readShopSettings } = await import('./read');
const { deliveryRange, formatDeliveryDays } = await import('./delivery');

// The form as an admin fills it: no Nepali, and an email in capitals to be lower-cased.
const { pharmacyNameNe: _name, addressNe: _address, pharmacistNameNe: _pharmacist, ...english } = PHARMACY_DETAILS;
const VALID = { ...english, email: 'Shop@Example.test' };

let admin: { id: string; role: 'admin' };
beforeAll(async () => {
  admin = { id: (await createStaff('admin')).id, role: 'admin' };
});

describe('the pharmacy details form', () => {
  it('accepts real details, trimming and lower-casing the email', () => {
    expect(pharmacyDetailsSchema.parse({ ...VALID, pharmacyName: '  Test Pharmacy Pvt. Ltd. ' })).toEqual({ ...VALID, email: 'shop@example.test', pharmacyNameNe: null, addressNe: null, pharmacistNameNe: null });
  });

  it('takes the Nepali name, address and pharmacist as written, and a blank one as none', () => {
    const nepali = { pharmacyNameNe: ' टेस्ट फार्मेसी प्रा. लि. ', addressNe: 'पुतलीसडक-२८, काठमाडौं', pharmacistNameNe: '' };
    expect(pharmacyDetailsSchema.parse({ ...VALID, ...nepali })).toMatchObject({ pharmacyNameNe: 'टेस्ट फार्मेसी प्रा. लि.', addressNe: 'पुतलीसडक-२८, काठमाडौं', pharmacistNameNe: null });
  });

  it.each([
    ['panNumber', '60123456', /9 digits/],
    ['panNumber', '60123456a', /9 digits/],
    ['ddaLicenceNumber', '<b>123</b>', /cannot contain/],
    ['ddaLicenceNumber', 'DDA#1', /letters, digits/],
    ['phone', 'call us', /Phone/],
    ['email', 'not-an-email', /valid email/],
    ['address', 'x'.repeat(201), /at most 200/],
    ['pharmacyName', '', /required|at least/],
    ['addressNe', 'काठमाडौं <script>', /cannot contain/],
    ['pharmacyNameNe', 'क'.repeat(121), /at most 120/],
  ])('refuses %s = %j', (field, value, message) => {
    const result = pharmacyDetailsSchema.safeParse({ ...VALID, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toMatch(message);
  });
});

describe('the delivery times form', () => {
  it('reads both, one or neither box of each district', () => {
    expect(deliveryDaysSchema.parse({ 'min:Kathmandu': '1', 'max:Kathmandu': '2', 'min:Jumla': '6', 'max:Jumla': '', 'min:Ilam': '', 'max:Ilam': '' })).toEqual({
      Kathmandu: { min: 1, max: 2 },
      Jumla: { min: 6, max: 6 },
    });
  });

  it('refuses a made-up district, a negative, a fraction, too many days and a range that runs backwards', () => {
    expect(deliveryDaysSchema.safeParse({ 'min:Atlantis': '1' }).error?.issues[0]?.message).toMatch(/district Nepal does not have/);
    const result = deliveryDaysSchema.safeParse({ 'min:Kathmandu': '-1', 'min:Lalitpur': '1.5', 'min:Bhaktapur': '45', 'min:Kaski': '4', 'max:Kaski': '2' });
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      'min:Kathmandu': expect.stringMatching(/whole number/),
      'min:Lalitpur': expect.stringMatching(/whole number/),
      'min:Bhaktapur': expect.stringMatching(/whole number/),
      'max:Kaski': expect.stringMatching(/cannot be shorter/),
    });
  });

  it('words estimates as shoppers read them', () => {
    expect(formatDeliveryDays({ min: 1, max: 1 })).toBe('1 day');
    expect(formatDeliveryDays({ min: 2, max: 4 })).toBe('2–4 days');
    expect(formatDeliveryDays({ min: 0, max: 0 })).toBe('the same day');
    expect(deliveryRange({ Kathmandu: { min: 1, max: 1 }, Jumla: { min: 5, max: 8 } })).toEqual({ min: 1, max: 8 });
    expect(deliveryRange({})).toBeNull();
  });
});

describe('saving settings', () => {
  it('writes the details, audits what changed, and expires the cached copy at once', async () => {
    // One transaction, so another test file saving settings meanwhile waits on the row instead of interleaving.
    await db.transaction(async (tx) => {
      await savePharmacyDetails(pharmacyDetailsSchema.parse(VALID), admin, '10.1.2.3', tx);
      expired.length = 0;
      await savePharmacyDetails(pharmacyDetailsSchema.parse({ ...VALID, phone: '01-5550000' }), admin, '10.1.2.3', tx);
      expect(expired).toEqual(['shop-settings:{"expire":0}']);
      expect((await readShopSettings(tx))?.phone).toBe('01-5550000');
    });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, 'settings.pharmacy_details_saved'))).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ ip: '10.1.2.3', entityType: 'shop_settings', details: { changed: { phone: { from: '01-4411223', to: '01-5550000' } } } });
  });

  it('keeps the Nepali address beside the English one, and drops it when the admin blanks it', async () => {
    await db.transaction(async (tx) => {
      await savePharmacyDetails(pharmacyDetailsSchema.parse({ ...VALID, addressNe: 'पुतलीसडक-२८, काठमाडौं' }), admin, null, tx);
      expect(await readShopSettings(tx)).toMatchObject({ address: VALID.address, addressNe: 'पुतलीसडक-२८, काठमाडौं', pharmacyNameNe: null });
      await savePharmacyDetails(pharmacyDetailsSchema.parse(VALID), admin, null, tx);
      expect((await readShopSettings(tx))?.addressNe).toBeNull();
    });
  });

  it('replaces the delivery times and audits each district that changed', async () => {
    await db.transaction(async (tx) => {
      await saveDeliveryDays({ Kathmandu: { min: 1, max: 1 }, Jumla: { min: 5, max: 8 } }, admin, null, tx);
      expired.length = 0;
      await saveDeliveryDays({ Kathmandu: { min: 1, max: 2 } }, admin, null, tx);
      expect(expired).toEqual(['shop-settings:{"expire":0}']);
      expect((await readShopSettings(tx))?.deliveryDays).toEqual({ Kathmandu: { min: 1, max: 2 } });
    });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, 'settings.delivery_days_saved'))).orderBy(desc(auditLog.id)).limit(1);
    expect(entry?.details).toEqual({ changed: { Kathmandu: { from: { min: 1, max: 1 }, to: { min: 1, max: 2 } }, Jumla: { from: { min: 5, max: 8 }, to: null } } });
  });

  it('is read on pages through the cache under the tag a save expires', async () => {
    cacheCalls.length = 0;
    const settings = await getShopSettings();
    // Other test files save settings too, so only the shape is certain here.
    expect(settings).toMatchObject({ pharmacyName: expect.any(String), panNumber: expect.stringMatching(/^\d{9}$/), deliveryDays: expect.any(Object) });
    expect(settings).not.toHaveProperty('updatedAt');
    expect(cacheCalls).toEqual([{ key: ['shop-settings'], tags: ['shop-settings'] }]);
  });

  it('keeps a single row', async () => {
    await expect(db.insert(shopSettings).values({ id: 2, ...VALID })).rejects.toThrow();
  });
});
