import { sql } from 'drizzle-orm';

/**
 * A batch is sellable through the end of its expiry day in Nepal, whatever time zone the
 * database server runs in.
 */
export const NEPAL_TODAY = sql`(now() at time zone 'Asia/Kathmandu')::date`;
