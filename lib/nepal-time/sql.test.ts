import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, type Transaction } from '@/db/client';
import { nepalToday } from './calendar';
import { NEPAL_TODAY, nepalDateSql, nepalTodayInDatabase, withinNepalDays } from './sql';

const instant = (iso: string) => sql`${iso}::timestamptz`;

// Run under a session time zone far from Nepal's, to show the fragments do not depend on it.
async function inZone<T>(zone: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('TimeZone', ${zone}, true)`);
    return work(tx);
  });
}

describe('Nepal time in SQL', () => {
  it('today in the database is today in Nepal, whatever the session time zone', async () => {
    const [row] = await inZone('America/Los_Angeles', (tx) => tx.execute<{ today: string }>(sql`select ${NEPAL_TODAY}::text as today`));
    expect(row!.today).toBe(nepalToday());
    expect(await nepalTodayInDatabase(db)).toBe(nepalToday());
  });

  it('the Nepal date of a timestamp turns at 18:15 UTC', async () => {
    const [row] = await inZone('UTC', (tx) =>
      tx.execute<{ before: string; after: string; newYear: string }>(sql`select
        ${nepalDateSql(instant('2026-06-14T18:14:00Z'))}::text as before,
        ${nepalDateSql(instant('2026-06-14T18:15:00Z'))}::text as after,
        ${nepalDateSql(instant('2026-12-31T18:15:00Z'))}::text as "newYear"`),
    );
    expect(row).toEqual({ before: '2026-06-14', after: '2026-06-15', newYear: '2027-01-01' });
  });

  it('a range of Nepal days keeps 00:00 of the first day through 23:59 of the last, and nothing either side', async () => {
    const times = ['2026-06-13T18:14:59Z', '2026-06-13T18:15:00Z', '2026-06-14T12:00:00Z', '2026-06-15T18:14:59Z', '2026-06-15T18:15:00Z'];
    const values = sql.join(times.map((t) => sql`(${t}::timestamptz)`), sql`, `);
    const kept = async (range: { from?: string; to?: string }) => {
      const where = withinNepalDays(sql`t.at`, range);
      const rows = await inZone('Asia/Tokyo', (tx) =>
        tx.execute<{ at: string }>(sql`select to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at from (values ${values}) as t(at) where ${where.length ? sql.join(where, sql` and `) : sql`true`} order by t.at`),
      );
      return rows.map((r) => r.at);
    };
    expect(await kept({ from: '2026-06-14', to: '2026-06-15' })).toEqual(times.slice(1, 4));
    expect(await kept({ from: '2026-06-14' })).toEqual(times.slice(1));
    expect(await kept({ to: '2026-06-13' })).toEqual(times.slice(0, 1));
    expect(await kept({})).toEqual(times);
  });
});
