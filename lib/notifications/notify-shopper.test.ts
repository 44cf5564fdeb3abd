import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, smsMessages } from '@/db/schema';
import { createCustomer } from '@/test-support/factories/users';
import { notifyShopper } from './notify-shopper';
import { countSegments } from './sms/segments';
import { MAX_SMS_SEGMENTS, smsText } from './sms/texts';

const orderReceived = (orderNumber: string) => ({
  name: 'Sita',
  orderNumber,
  status: 'confirmed',
  paymentMethod: 'cod' as const,
  totalPaisa: 310_50,
  lines: [{ name: 'Cetamol 500 mg', quantity: 2, lineTotalPaisa: 90_00 }],
});

async function notify(overrides: Parameters<typeof createCustomer>[0] = {}) {
  const shopper = await createCustomer(overrides);
  const number = `MN-260101-${shopper.id.slice(0, 8).toUpperCase()}`;
  await db.transaction((tx) => notifyShopper(tx, { userId: shopper.id, toEmail: shopper.email, template: 'order-received', payload: orderReceived(number) }));
  const emails = await db.select().from(notifications).where(and(eq(notifications.userId, shopper.id), eq(notifications.template, 'order-received')));
  const sms = await db.select().from(smsMessages).where(eq(smsMessages.userId, shopper.id));
  return { emails, sms, number };
}

describe('notifyShopper', () => {
  it('writes the email and an English SMS with the order number, total and link to a verified number', async () => {
    const { emails, sms, number } = await notify({ phone: '9812345678' });
    expect(emails).toHaveLength(1);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ toPhone: '9812345678', template: 'order-received', locale: 'en', encoding: 'gsm7', segments: 1, status: 'pending' });
    expect(sms[0]!.text).toBe(`MediNest: Order ${number} confirmed (Rs. 310.50, cash on delivery). http://localhost:3000/orders/${number}`);
  });

  it('writes the SMS in Nepali for a shopper who chose it, counted as Unicode', async () => {
    const { sms, number } = await notify({ locale: 'ne' });
    expect(sms[0]).toMatchObject({ locale: 'ne', encoding: 'ucs2' });
    expect(sms[0]!.text).toContain(`अर्डर ${number} पुष्टि भयो`);
    expect(sms[0]!.text).toContain('रु. ३१०.५०');
    expect(sms[0]!.segments).toBe(countSegments(sms[0]!.text).segments);
    expect(sms[0]!.segments).toBeGreaterThan(1);
  });

  it('sends no SMS to a number nobody has proven, nor to a shopper who turned SMS off', async () => {
    expect((await notify({ phoneUnverified: true })).sms).toHaveLength(0);
    const off = await notify({ orderUpdatesBySms: false });
    expect(off.sms).toHaveLength(0);
    expect(off.emails).toHaveLength(1);
  });

  it('leaves the email out for a shopper who chose SMS only, unless no SMS goes', async () => {
    const { emails, sms } = await notify({ orderUpdatesByEmail: false });
    expect(emails).toHaveLength(0);
    expect(sms).toHaveLength(1);
    const unproven = await notify({ orderUpdatesByEmail: false, phoneUnverified: true });
    expect(unproven.sms).toHaveLength(0);
    expect(unproven.emails).toHaveLength(1);
  });

  it('emails a cancellation (it has no SMS) even to a shopper who chose SMS only', async () => {
    const shopper = await createCustomer({ orderUpdatesByEmail: false });
    await db.transaction((tx) =>
      notifyShopper(tx, { userId: shopper.id, toEmail: shopper.email, template: 'order-cancelled', payload: { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 100, reason: null, refundDue: false } }),
    );
    expect(await db.select().from(notifications).where(eq(notifications.userId, shopper.id))).toHaveLength(1);
    expect(await db.select().from(smsMessages).where(eq(smsMessages.userId, shopper.id))).toHaveLength(0);
  });

  it('rolls the SMS back with the change that caused it', async () => {
    const shopper = await createCustomer();
    await expect(
      db.transaction(async (tx) => {
        await notifyShopper(tx, { userId: shopper.id, toEmail: shopper.email, template: 'order-received', payload: orderReceived('MN-ROLLBACK') });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.select().from(smsMessages).where(eq(smsMessages.userId, shopper.id))).toHaveLength(0);
  });
});

describe('SMS texts', () => {
  const context = { locale: 'en' as const, appUrl: 'https://medinest.example' };
  it('sends nothing for an order still waiting for its online payment', () => {
    expect(smsText('order-received', { ...orderReceived('MN-1'), status: 'pending_payment', paymentMethod: 'esewa' }, context)).toBeNull();
    expect(smsText('password-reset', { name: 'x', resetUrl: 'x', expiresInMinutes: 30 }, context)).toBeNull();
  });

  it('names the courier and a clipped tracking note when dispatched, in one or two SMS', () => {
    const payload = { name: 'Sita', orderNumber: 'MN-260101-ABCDEFGH', totalPaisa: 100, reason: null, refundDue: false, courier: 'Pathao', trackingNote: `Rider Hari 9800000000 ${'x'.repeat(200)}` };
    const en = smsText('order-dispatched', payload, context)!;
    expect(en).toMatch(/^MediNest: Order MN-260101-ABCDEFGH is on the way with Pathao\. Rider Hari 9800000000 x+\.\.\. https:\/\/medinest\.example\/orders\/MN-260101-ABCDEFGH$/);
    expect(countSegments(en).segments).toBeLessThanOrEqual(2);
    expect(smsText('order-dispatched', payload, { ...context, locale: 'ne' })).toContain('Pathao मार्फत पठाइयो');
  });

  it.each(['en', 'ne'] as const)('keeps every %s order text within two SMS', (locale) => {
    const number = 'MN-260101-ABCDEFGH';
    const texts = [
      smsText('order-received', orderReceived(number), { ...context, locale }),
      smsText('order-received', { ...orderReceived(number), status: 'awaiting_prescription' }, { ...context, locale }),
      smsText('payment-received', { name: 'S', orderNumber: number, amountPaisa: 1_234_50, reference: 'R1', provider: 'eSewa', status: 'confirmed' }, { ...context, locale }),
      smsText('prescription-approved', { name: 'S', validUntil: '2026-12-31', medicines: [], message: null, url: 'https://medinest.example/prescriptions/1' }, { ...context, locale }),
      smsText('prescription-rejected', { name: 'S', reason: 'unreadable', detail: 'Too blurry', cancelledOrders: [number], url: 'https://medinest.example/prescriptions/new' }, { ...context, locale }),
      smsText('order-delivered', { name: 'S', orderNumber: number, url: '' }, { ...context, locale }),
      smsText('refund-recorded', { name: 'S', orderNumber: number, amountPaisa: 500_00, provider: 'Khalti', reference: 'RF-1', url: '' }, { ...context, locale }),
    ];
    for (const text of texts) {
      expect(text).toContain('MediNest');
      expect(countSegments(text!).segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
    }
    expect(texts[2]).toContain(locale === 'en' ? 'Rs. 1,234.50' : 'रु. १,२३४.५०');
    expect(texts[3]).toContain('31 Dec 2026');
  });
});
