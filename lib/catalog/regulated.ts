import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { regulatedMedicines } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/auth/roles';
import { DomainError } from '@/lib/errors';
import { revalidateCatalog } from './cache';

/** The list admins keep at /admin/regulated-medicines; the rule itself is lib/catalog/not-sold-online.ts. */
export const regulatedMedicineSchema = z.object({
  genericName: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9 -]{2,59}$/, 'The generic name in letters, digits, spaces or hyphens (3–60), e.g. “meropenem”.'),
  reason: z.string().trim().min(10, 'Say why, for the shopper (at least 10 characters).').max(300),
});
export const regulatedMedicineIdSchema = z.object({ id: z.coerce.number().int().positive() });

type Admin = { id: string; role: Role };

export class RegulatedMedicineExistsError extends DomainError {
  constructor() {
    super('That medicine is already on the list.', { genericName: ['Already on the list.'] });
  }
}

export function listRegulatedMedicines(database: Database = db) {
  return database.select().from(regulatedMedicines).orderBy(asc(regulatedMedicines.genericName));
}

/** Adds a medicine; every product of that generic leaves online sale at once (the catalog's cache is expired). */
export async function addRegulatedMedicine(input: z.output<typeof regulatedMedicineSchema>, admin: Admin, ip: string | null, database: Database = db): Promise<void> {
  await database.transaction(async (tx) => {
    const [row] = await tx.insert(regulatedMedicines).values(input).onConflictDoNothing().returning({ id: regulatedMedicines.id });
    if (!row) throw new RegulatedMedicineExistsError();
    await recordAudit(tx, { actorId: admin.id, actorRole: admin.role, action: 'regulated_medicine.added', entityType: 'regulated_medicine', entityId: String(row.id), ip, details: input });
  });
  revalidateCatalog();
}

export async function removeRegulatedMedicine(id: number, admin: Admin, ip: string | null, database: Database = db): Promise<void> {
  await database.transaction(async (tx) => {
    const [row] = await tx.delete(regulatedMedicines).where(eq(regulatedMedicines.id, id)).returning();
    if (!row) throw new DomainError('That medicine is no longer on the list.');
    await recordAudit(tx, { actorId: admin.id, actorRole: admin.role, action: 'regulated_medicine.removed', entityType: 'regulated_medicine', entityId: String(id), ip, details: { genericName: row.genericName, reason: row.reason } });
  });
  revalidateCatalog();
}
