import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { env } from '@/lib/env';
import { formatDay, type IsoDate } from '@/lib/nepal-time';
import { nepalTodayInDatabase } from '@/lib/nepal-time/sql';
import { notifyShopper } from '@/lib/notifications/notify-shopper';

// A supply that ran out this long ago is no longer a reminder worth sending.
const STALE_AFTER_DAYS = 14;

type Due = { id: number; user_id: string; email: string; name: string; medicine: string; patient_name: string | null; runs_out_on: string };

/**
 * The scheduled job: every active reminder whose day (Nepal time) has come is sent through the
 * outbox by the shopper's channels (email, SMS, push, as for order updates), written in the same
 * transaction that marks it sent. SKIP LOCKED lets two runs
 * overlap without sending twice; a new delivery clears `reminded_at` for the next supply.
 */
export async function sendDueRefillReminders(options: { database?: Database; today?: IsoDate; limit?: number } = {}): Promise<{ reminded: number }> {
  const database = options.database ?? db;
  return database.transaction(async (tx) => {
    const today = options.today ?? (await nepalTodayInDatabase(tx));
    const due = (await tx.execute(sql`
      select r.id, r.user_id, u.email, u.name, trim(p.brand_name || ' ' || p.strength) as medicine, pt.name as patient_name, r.runs_out_on::text
      from refill_reminders r
      join users u on u.id = r.user_id and u.disabled_at is null
      join products p on p.id = r.product_id
      left join patients pt on pt.id = r.patient_id
      where r.status = 'active' and r.reminded_at is null
        and r.remind_on <= ${today}::date and r.runs_out_on >= ${today}::date - ${STALE_AFTER_DAYS}::int
      order by r.remind_on, r.id
      limit ${options.limit ?? 100}
      for update of r skip locked`)) as unknown as Due[];
    for (const r of due) {
      await notifyShopper(tx, {
        userId: r.user_id,
        toEmail: r.email,
        template: 'refill-due',
        payload: { name: r.name, medicine: r.medicine, patientName: r.patient_name, runsOutOn: formatDay(r.runs_out_on), reorderUrl: `${env.APP_URL}/account/refills#refill-${r.id}`, settingsUrl: `${env.APP_URL}/account/refills` },
      });
      await tx.execute(sql`update refill_reminders set reminded_at = now(), updated_at = now() where id = ${r.id}`);
    }
    return { reminded: due.length };
  });
}
