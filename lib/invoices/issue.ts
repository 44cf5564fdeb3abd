import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { invoiceCounters, invoices, orders, type OrderStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/auth/roles';
import { DomainError } from '@/lib/errors';
import { readShopSettings } from '@/lib/settings/read';
import { fiscalYearOf, invoiceNumber } from './fiscal-year';

/** An invoice is a sale: only once the order is confirmed (paid, or cash on delivery accepted). */
export const INVOICEABLE_STATUSES: readonly OrderStatus[] = ['confirmed', 'packed', 'dispatched', 'delivered'];

export class InvoiceNotDueError extends DomainError {
  constructor() {
    super('An invoice is issued once the order is confirmed; this one is not (or was cancelled first).');
  }
}

export class PharmacyDetailsNeededError extends DomainError {
  constructor() {
    super('An admin must fill in the pharmacy’s details in Settings before invoices can be issued.');
  }
}

type Staff = { id: string; role: Role };
export type IssuedInvoice = { id: string; number: string; fiscalYear: string; sequence: number; created: boolean };

/**
 * Issues the order's tax invoice, or returns the one it already has. The number is the next in the
 * fiscal year: the counter row is incremented with the invoice in one transaction, so concurrent
 * issues queue on its row lock, and a rolled-back issue gives its number back — no duplicates, no gaps.
 */
export async function issueInvoice(orderId: string, staff: Staff, ip: string | null, options: { now?: Date; database?: Database | Transaction } = {}): Promise<IssuedInvoice> {
  const database = options.database ?? db;
  const fiscalYear = fiscalYearOf(options.now ?? new Date());
  return database.transaction(async (tx) => {
    // The order's row lock makes a second issue for the same order wait, then find the first one's invoice.
    const [order] = await tx.select({ id: orders.id, status: orders.status }).from(orders).where(eq(orders.id, orderId)).for('update');
    if (!order) throw new DomainError('That order does not exist.');
    const [existing] = await tx
      .select({ id: invoices.id, number: invoices.number, fiscalYear: invoices.fiscalYear, sequence: invoices.sequence })
      .from(invoices)
      .where(eq(invoices.orderId, orderId));
    if (existing) return { ...existing, created: false };
    if (!INVOICEABLE_STATUSES.includes(order.status)) throw new InvoiceNotDueError();
    const settings = await readShopSettings(tx);
    if (!settings) throw new PharmacyDetailsNeededError();

    const [counter] = await tx
      .insert(invoiceCounters)
      .values({ fiscalYear, lastSequence: 1 })
      .onConflictDoUpdate({ target: invoiceCounters.fiscalYear, set: { lastSequence: sql`${invoiceCounters.lastSequence} + 1` } })
      .returning({ sequence: invoiceCounters.lastSequence });
    const sequence = counter!.sequence;
    const number = invoiceNumber(fiscalYear, sequence);
    const { deliveryDays: _deliveryDays, updatedAt: _updatedAt, ...seller } = settings;
    const [invoice] = await tx
      .insert(invoices)
      .values({ orderId, fiscalYear, sequence, number, seller, issuedBy: staff.id, ...(options.now ? { issuedAt: options.now } : {}) })
      .returning({ id: invoices.id });
    await recordAudit(tx, { actorId: staff.id, actorRole: staff.role, action: 'invoice.issued', entityType: 'order', entityId: orderId, ip, details: { number } });
    return { id: invoice!.id, number, fiscalYear, sequence, created: true };
  });
}
