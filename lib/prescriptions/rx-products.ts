import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { products } from '@/db/schema';

/** Prescription-only products a pharmacist can add to an approval by hand. */
export async function listRxProducts(): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .select({ id: products.id, brandName: products.brandName, strength: products.strength, dosageForm: products.dosageForm })
    .from(products)
    .where(and(eq(products.requiresPrescription, true), eq(products.active, true)))
    .orderBy(asc(products.brandName), asc(products.strength))
    .limit(1000);
  return rows.map((r) => ({ id: r.id, name: `${r.brandName} ${r.strength} ${r.dosageForm}`.replace(/\s+/g, ' ').trim() }));
}
