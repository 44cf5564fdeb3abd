import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { patients, products, refillReminders, REFILL_STATUSES, type RefillStatus } from '@/db/schema';
import { addToCurrentCart } from '@/lib/cart/add-to-current-cart';
import { DomainError } from '@/lib/errors';

export class RefillNotFoundError extends DomainError {
  constructor() {
    super('That reminder was not found.');
  }
}

export const refillIdSchema = z.object({ refillId: z.coerce.number().int().positive().max(2_147_483_647) });
export const refillStatusSchema = refillIdSchema.extend({ status: z.enum(REFILL_STATUSES) });

export type RefillForShopper = { id: number; medicine: string; slug: string; patientName: string | null; quantity: number; supplyDays: number; runsOutOn: string; remindOn: string; status: RefillStatus };

/** The account's own reminders, soonest first; a DTO, nothing another account could use. */
export async function refillsOf(userId: string, database: Database = db): Promise<RefillForShopper[]> {
  return database
    .select({
      id: refillReminders.id,
      medicine: sql<string>`trim(${products.brandName} || ' ' || ${products.strength})`,
      slug: products.slug,
      patientName: patients.name,
      quantity: refillReminders.quantity,
      supplyDays: refillReminders.supplyDays,
      runsOutOn: refillReminders.runsOutOn,
      remindOn: refillReminders.remindOn,
      status: refillReminders.status,
    })
    .from(refillReminders)
    .innerJoin(products, eq(products.id, refillReminders.productId))
    .leftJoin(patients, eq(patients.id, refillReminders.patientId))
    .where(eq(refillReminders.userId, userId))
    .orderBy(asc(refillReminders.runsOutOn), asc(refillReminders.id));
}

/** Pause, resume or stop one of the account's reminders; someone else's is "not found". */
export async function setRefillStatus(userId: string, input: z.output<typeof refillStatusSchema>, database: Database = db): Promise<void> {
  const [row] = await database
    .update(refillReminders)
    .set({ status: input.status, updatedAt: sql`now()` })
    .where(and(eq(refillReminders.id, input.refillId), eq(refillReminders.userId, userId)))
    .returning({ id: refillReminders.id });
  if (!row) throw new RefillNotFoundError();
}

/**
 * One-click reorder: the last quantity goes into the visitor's cart, and checkout takes it from
 * there (the prescription step offers what remains of a still-valid approved prescription).
 */
export async function reorderRefill(userId: string, refillId: number, database: Database = db): Promise<{ quantity: number }> {
  const [row] = await database
    .select({ productId: refillReminders.productId, quantity: refillReminders.quantity })
    .from(refillReminders)
    .where(and(eq(refillReminders.id, refillId), eq(refillReminders.userId, userId)));
  if (!row) throw new RefillNotFoundError();
  await addToCurrentCart({ productId: row.productId, quantity: row.quantity });
  return { quantity: row.quantity };
}
