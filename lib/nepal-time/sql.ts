import 'server-only';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { NEPAL_TIME_ZONE, nepalDayEnd, nepalDayStart, type IsoDate } from './calendar';

/**
 * "Today in Nepal" and "the Nepal day of a timestamp" for queries, whatever time zone the database
 * server runs in. The zone is a literal in the SQL text (not a parameter) so plans stay the same.
 */
const ZONE = sql.raw(`'${NEPAL_TIME_ZONE}'`);

export const NEPAL_TODAY: SQL = sql`(now() at time zone ${ZONE})::date`;

/** The Nepal calendar day of a `timestamptz` column or expression, as a `date`. */
export function nepalDateSql(instant: SQLWrapper): SQL {
  return sql`(${instant} at time zone ${ZONE})::date`;
}

/**
 * Conditions keeping instants on Nepal days `from` to `to`, both inclusive (either may be absent).
 * Compares instants, not dates, so an index on the column can serve it.
 */
export function withinNepalDays(instant: SQLWrapper, range: { from?: IsoDate; to?: IsoDate }): SQL[] {
  const conditions: SQL[] = [];
  if (range.from) conditions.push(sql`${instant} >= ${nepalDayStart(range.from).toISOString()}::timestamptz`);
  if (range.to) conditions.push(sql`${instant} < ${nepalDayEnd(range.to).toISOString()}::timestamptz`);
  return conditions;
}

/** Today in Nepal by the database's clock, for work that must agree with `now()` in the same transaction. */
export async function nepalTodayInDatabase(database: Database | Transaction): Promise<IsoDate> {
  const rows = await database.execute<{ today: string }>(sql`select ${NEPAL_TODAY}::text as today`);
  return rows[0]!.today;
}
