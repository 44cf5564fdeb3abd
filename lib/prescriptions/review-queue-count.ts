import 'server-only';
import { count, eq } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { prescriptions } from '@/db/schema';

/** Prescriptions waiting for a pharmacist's decision: the number on the back-office nav badge. */
export async function countAwaitingReview(database: Database = db): Promise<number> {
  const [row] = await database.select({ waiting: count() }).from(prescriptions).where(eq(prescriptions.status, 'pending'));
  return row?.waiting ?? 0;
}
