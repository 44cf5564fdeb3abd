import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { products } from '@/db/schema';

/** One primary-key lookup, deliberately uncached: the benchmark baseline. */
export async function findProductNameById(id: number): Promise<{ id: number; brandName: string } | null> {
  const [row] = await db.select({ id: products.id, brandName: products.brandName }).from(products).where(eq(products.id, id)).limit(1);
  return row ?? null;
}
