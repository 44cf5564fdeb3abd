import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { inventoryBatches, orders, products, stockMovements, users, type UserRole } from '@/db/schema';
import { NEPAL_TODAY } from '@/lib/nepal-time/sql';

export const LEDGER_PAGE_SIZE = 50;

export type BatchRow = {
  id: number;
  batchNumber: string;
  expiryDate: string;
  quantity: number;
  costPaisa: number | null;
  expired: boolean;
  /** Sum of the batch's ledger rows; equals `quantity` unless something wrote stock behind the ledger. */
  ledgerQuantity: number;
  receivedAt: Date;
};

export type MovementRow = {
  id: number;
  at: Date;
  batchNumber: string;
  reason: string;
  quantityChange: number;
  /** On-hand units of the product (all batches) right after this movement. */
  balance: number;
  orderNumber: string | null;
  actorName: string | null;
  actorRole: UserRole | null;
  note: string | null;
};

/** A product's batches, newest expiry last, each with what its ledger says it should hold. */
export async function batchesOf(productId: number, database: Database = db): Promise<BatchRow[]> {
  const rows = await database
    .select({
      id: inventoryBatches.id,
      batchNumber: inventoryBatches.batchNumber,
      expiryDate: inventoryBatches.expiryDate,
      quantity: inventoryBatches.quantity,
      costPaisa: inventoryBatches.costPaisa,
      expired: sql<boolean>`${inventoryBatches.expiryDate} < ${NEPAL_TODAY}`,
      ledgerQuantity: sql<number>`(select coalesce(sum(m.quantity_change), 0)::int from stock_movements m where m.batch_id = "inventory_batches"."id")`,
      receivedAt: inventoryBatches.receivedAt,
    })
    .from(inventoryBatches)
    .where(eq(inventoryBatches.productId, productId))
    .orderBy(asc(inventoryBatches.expiryDate), asc(inventoryBatches.id));
  return rows.map((r) => ({ ...r, ledgerQuantity: Number(r.ledgerQuantity) }));
}

/** The product's stock movements, newest first, with the running on-hand balance after each. */
export async function movementsOf(productId: number, page = 1, database: Database = db): Promise<{ rows: MovementRow[]; total: number }> {
  const balance = sql<number>`(sum(${stockMovements.quantityChange}) over (order by ${stockMovements.id}))::int`;
  const inner = database
    .select({
      id: stockMovements.id,
      at: stockMovements.createdAt,
      batchNumber: inventoryBatches.batchNumber,
      reason: stockMovements.reason,
      quantityChange: stockMovements.quantityChange,
      balance: balance.as('balance'),
      orderNumber: orders.number,
      actorName: users.name,
      actorRole: users.role,
      note: stockMovements.note,
    })
    .from(stockMovements)
    .innerJoin(inventoryBatches, eq(inventoryBatches.id, stockMovements.batchId))
    .leftJoin(orders, eq(orders.id, stockMovements.orderId))
    .leftJoin(users, eq(users.id, stockMovements.actorId))
    .where(eq(stockMovements.productId, productId))
    .as('ledger');
  const [rows, [count]] = await Promise.all([
    database.select().from(inner).orderBy(desc(inner.id)).limit(LEDGER_PAGE_SIZE).offset((Math.max(1, page) - 1) * LEDGER_PAGE_SIZE),
    database.select({ n: sql<number>`count(*)::int` }).from(stockMovements).where(eq(stockMovements.productId, productId)),
  ]);
  return { rows: rows.map((r) => ({ ...r, balance: Number(r.balance) })), total: Number(count?.n ?? 0) };
}

/** Sum of the product's ledger and its on-hand batch quantities; equal when stock is explained. */
export async function ledgerTotals(productId: number, database: Database = db): Promise<{ onHand: number; ledger: number }> {
  const [row] = await database.execute<{ on_hand: number; ledger: number }>(sql`
    select (select coalesce(sum(quantity), 0)::int from inventory_batches where product_id = ${productId}) as on_hand,
           (select coalesce(sum(quantity_change), 0)::int from stock_movements where product_id = ${productId}) as ledger`);
  return { onHand: Number(row!.on_hand), ledger: Number(row!.ledger) };
}

export type ProductStockHeader = { id: number; slug: string; brandName: string; genericName: string; strength: string; packSize: string; reorderLevel: number; active: boolean };

export async function productStockHeader(productId: number, database: Database = db): Promise<ProductStockHeader | null> {
  const [row] = await database
    .select({ id: products.id, slug: products.slug, brandName: products.brandName, genericName: products.genericName, strength: products.strength, packSize: products.packSize, reorderLevel: products.reorderLevel, active: products.active })
    .from(products)
    .where(eq(products.id, productId));
  return row ?? null;
}
