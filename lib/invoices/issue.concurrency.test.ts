import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { auditLog, invoiceCounters, invoices, orders, shopSettings } from '@/db/schema';
import { savePharmacyDetails } from '@/lib/settings/write';
import { placeTestOrder } from '@/test-support/factories/orders';
import { PHARMACY_DETAILS } from '@/test-support/factories/pharmacy-details';
import { createStaff, type TestUser } from '@/test-support/factories/users';
import { issueInvoice, InvoiceNotDueError, PharmacyDetailsNeededError } from './issue';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));

const DETAILS = { ...PHARMACY_DETAILS, pharmacyNameNe: 'टेस्ट फार्मेसी प्रा. लि.' };

// Fiscal years nobody else issues in, so earlier runs on the same database are the only other invoices.
const FY_2087 = new Date('2030-09-01T06:00:00Z'); // Bhadra 2087 → 2087/88
const FY_2088 = new Date('2031-08-01T06:00:00Z'); // Shrawan 2088 → 2088/89

let pharmacist: TestUser;

async function lastSequence(fiscalYear: string): Promise<number> {
  const [row] = await db.select({ last: invoiceCounters.lastSequence }).from(invoiceCounters).where(eq(invoiceCounters.fiscalYear, fiscalYear));
  return row?.last ?? 0;
}

beforeAll(async () => {
  pharmacist = await createStaff('pharmacist');
  const admin = await createStaff('admin');
  await savePharmacyDetails(DETAILS, { id: admin.id, role: 'admin' }, null);
});

describe('issuing invoices', () => {
  it('numbers 30 invoices issued at once 1 to 30 after the last, with no duplicate and no gap', { timeout: 120_000 }, async () => {
    const placed = await Promise.all(Array.from({ length: 30 }, () => placeTestOrder()));
    expect(new Set(placed.map((o) => o.status))).toEqual(new Set(['confirmed']));
    const before = await lastSequence('2087/88');
    const issued = await Promise.all(placed.map((o) => issueInvoice(o.orderId, pharmacist, null, { now: FY_2087 })));

    const sequences = issued.map((i) => i.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 30 }, (_, i) => before + i + 1));
    expect(new Set(issued.map((i) => i.number)).size).toBe(30);
    expect(issued.every((i) => i.fiscalYear === '2087/88' && i.number === `2087/88-${String(i.sequence).padStart(6, '0')}`)).toBe(true);
    expect(await lastSequence('2087/88')).toBe(before + 30);
    // Every number up to the counter exists exactly once in the table: no gaps left by earlier runs either.
    const all = await db.select({ sequence: invoices.sequence }).from(invoices).where(eq(invoices.fiscalYear, '2087/88'));
    expect(all.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: before + 30 }, (_, i) => i + 1));
  });

  it('gives one order one invoice however many staff press the button at once', async () => {
    const order = await placeTestOrder();
    const before = await lastSequence('2087/88');
    const issued = await Promise.all(Array.from({ length: 8 }, () => issueInvoice(order.orderId, pharmacist, '10.0.0.1', { now: FY_2087 })));
    expect(new Set(issued.map((i) => i.number)).size).toBe(1);
    expect(issued.filter((i) => i.created)).toHaveLength(1);
    expect(await lastSequence('2087/88')).toBe(before + 1);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, order.orderId));
    expect(audits.filter((a) => a.action === 'invoice.issued')).toHaveLength(1);
  });

  it('starts again at 1 in the next fiscal year, keeping the seller’s details as issued', async () => {
    const order = await placeTestOrder();
    await db.delete(invoices).where(eq(invoices.fiscalYear, '2088/89'));
    await db.delete(invoiceCounters).where(eq(invoiceCounters.fiscalYear, '2088/89'));
    // Saved and issued in one transaction: another test file saving other details must not slip in between.
    const issued = await db.transaction(async (tx) => {
      await savePharmacyDetails(DETAILS, { id: pharmacist.id, role: 'admin' }, null, tx);
      return issueInvoice(order.orderId, pharmacist, null, { now: FY_2088, database: tx });
    });
    expect(issued).toMatchObject({ fiscalYear: '2088/89', sequence: 1, number: '2088/89-000001' });
    const [row] = await db.select({ seller: invoices.seller }).from(invoices).where(eq(invoices.id, issued.id));
    expect(row?.seller).toEqual(DETAILS);
  });

  it('refuses an order that is not yet a sale, and takes no number for it', async () => {
    const unpaid = await placeTestOrder({ paymentMethod: 'esewa' });
    const before = await lastSequence('2087/88');
    await expect(issueInvoice(unpaid.orderId, pharmacist, null, { now: FY_2087 })).rejects.toBeInstanceOf(InvoiceNotDueError);
    await db.update(orders).set({ status: 'cancelled' }).where(inArray(orders.id, [unpaid.orderId]));
    await expect(issueInvoice(unpaid.orderId, pharmacist, null, { now: FY_2087 })).rejects.toBeInstanceOf(InvoiceNotDueError);
    expect(await lastSequence('2087/88')).toBe(before);
  });

  it('refuses to issue before an admin has saved the pharmacy details, rather than print placeholders', async () => {
    const order = await placeTestOrder();
    const rollback = new Error('rollback');
    await expect(
      db.transaction(async (tx) => {
        await tx.delete(shopSettings);
        await expect(issueInvoice(order.orderId, pharmacist, null, { now: FY_2087, database: tx })).rejects.toBeInstanceOf(PharmacyDetailsNeededError);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    const [row] = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.orderId, order.orderId));
    expect(row).toBeUndefined();
  });
});
