import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, type InvoiceSeller } from '@/db/schema';

export type InvoiceView = { number: string; fiscalYear: string; issuedAt: Date; seller: InvoiceSeller };

/** The order's invoice as issued (the seller's details frozen at issue), or null before one is issued. */
export async function invoiceForOrder(orderId: string): Promise<InvoiceView | null> {
  const [row] = await db
    .select({ number: invoices.number, fiscalYear: invoices.fiscalYear, issuedAt: invoices.issuedAt, seller: invoices.seller })
    .from(invoices)
    .where(eq(invoices.orderId, orderId));
  return row ?? null;
}
