import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { reportingDb, type Database } from '@/db/client';
import { inventoryBatches, orders, products, users } from '@/db/schema';
import { toCsv } from '@/lib/csv/write';
import { paisaToRupees } from '@/lib/money';
import { nepalTimestamp } from '@/lib/nepal-time';
import { NEPAL_TODAY } from '@/lib/nepal-time/sql';
import { orderConditions } from './orders/list';
import type { OrderFilter } from './orders/filters';

// A spreadsheet, not a backup: the newest rows are what staff want, and memory stays bounded.
const MAX_ROWS = 50_000;

/** Orders matching the list's filters as CSV; free text (names, notes, addresses) is neutralised by lib/csv. */
export async function ordersCsv(filter: Omit<OrderFilter, 'page'>, database: Database = reportingDb): Promise<string> {
  const rows = await database
    .select({
      number: orders.number,
      createdAt: orders.createdAt,
      status: orders.status,
      paymentStatus: orders.paymentStatus,
      paymentMethod: orders.paymentMethod,
      customerName: users.name,
      customerEmail: users.email,
      address: orders.address,
      subtotalPaisa: orders.subtotalPaisa,
      deliveryFeePaisa: orders.deliveryFeePaisa,
      totalPaisa: orders.totalPaisa,
      courier: orders.courier,
      trackingNote: orders.trackingNote,
      deliveryNotes: orders.deliveryNotes,
      items: sql<number>`(select coalesce(sum(quantity), 0)::int from order_items i where i.order_id = "orders"."id")`,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(and(...orderConditions(filter)))
    .orderBy(desc(orders.createdAt))
    .limit(MAX_ROWS);
  return toCsv(
    ['order_number', 'placed_at', 'status', 'payment_status', 'payment_method', 'customer', 'email', 'recipient', 'phone', 'district', 'municipality', 'items', 'subtotal_npr', 'delivery_npr', 'total_npr', 'courier', 'tracking', 'delivery_notes'],
    rows.map((r) => [
      r.number,
      nepalTimestamp(r.createdAt),
      r.status,
      r.paymentStatus,
      r.paymentMethod,
      r.customerName,
      r.customerEmail,
      r.address.recipientName,
      r.address.phone,
      r.address.district,
      r.address.municipality,
      Number(r.items),
      paisaToRupees(r.subtotalPaisa),
      paisaToRupees(r.deliveryFeePaisa),
      paisaToRupees(r.totalPaisa),
      r.courier,
      r.trackingNote,
      r.deliveryNotes,
    ]),
  );
}

/** Every batch with stock or history, with the product, expiry, quantity and cost. */
export async function stockCsv(database: Database = reportingDb): Promise<string> {
  const rows = await database
    .select({
      productId: products.id,
      brandName: products.brandName,
      genericName: products.genericName,
      strength: products.strength,
      active: products.active,
      reorderLevel: products.reorderLevel,
      batchNumber: inventoryBatches.batchNumber,
      expiryDate: inventoryBatches.expiryDate,
      quantity: inventoryBatches.quantity,
      costPaisa: inventoryBatches.costPaisa,
      expired: sql<boolean>`${inventoryBatches.expiryDate} < ${NEPAL_TODAY}`,
    })
    .from(inventoryBatches)
    .innerJoin(products, eq(products.id, inventoryBatches.productId))
    .orderBy(products.brandName, inventoryBatches.expiryDate)
    .limit(MAX_ROWS);
  return toCsv(
    ['product_id', 'brand_name', 'generic_name', 'strength', 'active', 'reorder_level', 'batch_number', 'expiry_date', 'expired', 'quantity', 'unit_cost_npr', 'stock_value_npr'],
    rows.map((r) => [r.productId, r.brandName, r.genericName, r.strength, r.active, r.reorderLevel, r.batchNumber, r.expiryDate, r.expired, r.quantity, r.costPaisa === null ? null : paisaToRupees(r.costPaisa), r.costPaisa === null ? null : paisaToRupees(r.costPaisa * r.quantity)]),
  );
}
