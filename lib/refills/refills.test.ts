import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));

const { db } = await import('@/db/client');
const { notifications, refillReminders, smsMessages } = await import('@/db/schema');
const { performOrderStep } = await import('@/lib/admin/orders/perform-step');
const { addDays, nepalToday } = await import('@/lib/nepal-time');
const { placeOrder } = await import('@/lib/orders/place-order');
const { checkoutKey } = await import('@/test-support/factories/orders');
const { createProduct } = await import('@/test-support/factories/products');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { RefillNotFoundError, refillsOf, setRefillStatus } = await import('./account');
const { refillsDue } = await import('./due-list');
const { sendDueRefillReminders } = await import('./remind');

type Customer = Awaited<ReturnType<typeof createCustomer>>;

/** A shopper's metformin (4 a day at most), placed, packed, dispatched and delivered: 6 strips of 10 last 15 days. */
async function deliveredMetformin(shopper?: Customer, strips = 6) {
  const customer = shopper ?? (await createCustomer());
  const product = await createProduct({ genericName: 'Metformin', strength: '500 mg', packSize: '10 tablets', batches: [{ quantity: 50, expiryDate: '2099-12-31' }] });
  return { customer, product, ...(await deliver(customer, product.id, strips)) };
}

async function deliver(customer: Customer, productId: number, quantity: number) {
  const staff = await createStaff('pharmacist');
  const order = await placeOrder({ userId: customer.id, addressId: customer.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId, quantity }] });
  for (const step of [{ step: 'pack' }, { step: 'dispatch', courier: 'Pathao' }, { step: 'deliver' }]) await performOrderStep({ orderId: order.orderId, ...step }, { id: staff.id, role: staff.role });
  return { order };
}

const reminderOf = async (userId: string) => (await db.select().from(refillReminders).where(eq(refillReminders.userId, userId)))[0];
const remindersSentTo = (email: string) => db.select({ payload: notifications.payload }).from(notifications).where(and(eq(notifications.template, 'refill-due'), eq(notifications.toEmail, email)));

describe('refill reminders', () => {
  it('start when a long-term medicine is delivered: days of supply at the usual dose, from the Nepal day', async () => {
    const { customer, product, order } = await deliveredMetformin();
    const today = nepalToday();
    expect(await reminderOf(customer.id)).toMatchObject({ productId: product.id, lastOrderId: order.orderId, quantity: 6, supplyDays: 15, runsOutOn: addDays(today, 15), remindOn: addDays(today, 11), status: 'active', remindedAt: null });
    expect((await refillsOf(customer.id)).map((r) => [r.medicine, r.status])).toEqual([[`${product.brandName} 500 mg`, 'active']]);
  });

  it('do not start for a course of antibiotics or a medicine without dosing', async () => {
    const customer = await createCustomer();
    const course = await createProduct({ genericName: 'Amoxicillin', packSize: '10 capsules', batches: [{ quantity: 20, expiryDate: '2099-12-31' }] });
    const unknown = await createProduct({ packSize: '10 tablets', batches: [{ quantity: 20, expiryDate: '2099-12-31' }] });
    await deliver(customer, course.id, 2);
    await deliver(customer, unknown.id, 2);
    expect(await reminderOf(customer.id)).toBeUndefined();
  });

  it('email once, on the reminder day in Nepal and not the day before, through the outbox', async () => {
    const { customer } = await deliveredMetformin();
    const { remindOn } = (await reminderOf(customer.id))!;
    await sendDueRefillReminders({ today: addDays(remindOn, -1) });
    expect(await remindersSentTo(customer.email)).toEqual([]);
    await sendDueRefillReminders({ today: remindOn });
    const sent = await remindersSentTo(customer.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload).toMatchObject({ medicine: expect.stringContaining('500 mg'), reorderUrl: expect.stringMatching(/\/account\/refills#refill-\d+$/) });
    await sendDueRefillReminders({ today: addDays(remindOn, 1) });
    expect(await remindersSentTo(customer.email)).toHaveLength(1);
  });

  it('two runs at once (two instances) send each due reminder once', async () => {
    const { customer } = await deliveredMetformin();
    const { remindOn } = (await reminderOf(customer.id))!;
    const runs = await Promise.all([sendDueRefillReminders({ today: remindOn }), sendDueRefillReminders({ today: remindOn }), sendDueRefillReminders({ today: remindOn })]);
    expect(await remindersSentTo(customer.email)).toHaveLength(1);
    expect(runs.reduce((sum, run) => sum + run.reminded, 0)).toBeGreaterThanOrEqual(1);
  });

  it('also go by SMS, in the shopper\'s language, to a shopper with a verified number, once', async () => {
    const { customer } = await deliveredMetformin(await createCustomer({ locale: 'ne' }));
    const { remindOn } = (await reminderOf(customer.id))!;
    await sendDueRefillReminders({ today: remindOn });
    await sendDueRefillReminders({ today: remindOn });
    const sms = await db.select({ text: smsMessages.text, locale: smsMessages.locale }).from(smsMessages).where(and(eq(smsMessages.userId, customer.id), eq(smsMessages.template, 'refill-due')));
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ locale: 'ne', text: expect.stringMatching(/^MediNest: .*500 mg .* मा सकिन्छ। फेरि अर्डर: .*\/account\/refills#refill-\d+$/) });
  });

  it("uses today's Nepal date from the database clock when no day is given", async () => {
    const { customer } = await deliveredMetformin();
    await db.execute(sql`update refill_reminders set remind_on = ${nepalToday()}::date where user_id = ${customer.id}::uuid`);
    await sendDueRefillReminders();
    expect(await remindersSentTo(customer.email)).toHaveLength(1);
  });

  it('are not sent while paused or stopped; a stopped one stays stopped after the next delivery', async () => {
    const { customer, product } = await deliveredMetformin();
    const reminder = (await reminderOf(customer.id))!;
    await setRefillStatus(customer.id, { refillId: reminder.id, status: 'paused' });
    await sendDueRefillReminders({ today: reminder.remindOn });
    expect(await remindersSentTo(customer.email)).toEqual([]);
    expect((await refillsDue({ today: reminder.remindOn }, db)).map((r) => r.id)).not.toContain(reminder.id);

    await setRefillStatus(customer.id, { refillId: reminder.id, status: 'stopped' });
    await deliver(customer, product.id, 3);
    expect(await reminderOf(customer.id)).toMatchObject({ status: 'stopped', quantity: 3, supplyDays: 7 });

    await setRefillStatus(customer.id, { refillId: reminder.id, status: 'active' });
    expect((await refillsDue({ today: nepalToday() }, db)).map((r) => r.id)).toContain(reminder.id);
  });

  it("refuses another account's reminder as not found, leaving it unchanged", async () => {
    const { customer } = await deliveredMetformin();
    const reminder = (await reminderOf(customer.id))!;
    const stranger = await createCustomer();
    await expect(setRefillStatus(stranger.id, { refillId: reminder.id, status: 'stopped' })).rejects.toBeInstanceOf(RefillNotFoundError);
    expect((await reminderOf(customer.id))!.status).toBe('active');
    expect(await refillsOf(stranger.id)).toEqual([]);
  });
});
