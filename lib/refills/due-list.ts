import 'server-only';
import { sql } from 'drizzle-orm';
import { reportingDb, type Database } from '@/db/client';
import { addDays, type IsoDate } from '@/lib/nepal-time';
import { nepalTodayInDatabase } from '@/lib/nepal-time/sql';

export type RefillDueRow = { id: number; customerName: string; customerEmail: string; medicine: string; patientName: string | null; runsOutOn: string; remindOn: string; reminded: boolean; status: string };

/** For the back office: active reminders running out within `days` Nepal days (or already run out this fortnight). */
export async function refillsDue(options: { days?: number; today?: IsoDate } = {}, database: Database = reportingDb): Promise<RefillDueRow[]> {
  const today = options.today ?? (await nepalTodayInDatabase(database));
  const until = addDays(today, options.days ?? 14);
  const rows = (await database.execute(sql`
    select r.id, u.name as customer_name, u.email as customer_email, trim(p.brand_name || ' ' || p.strength) as medicine, pt.name as patient_name,
      r.runs_out_on::text, r.remind_on::text, r.reminded_at is not null as reminded, r.status
    from refill_reminders r
    join users u on u.id = r.user_id
    join products p on p.id = r.product_id
    left join patients pt on pt.id = r.patient_id
    where r.status = 'active' and r.runs_out_on between ${addDays(today, -14)}::date and ${until}::date
    order by r.runs_out_on, r.id
    limit 500`)) as unknown as { id: number; customer_name: string; customer_email: string; medicine: string; patient_name: string | null; runs_out_on: string; remind_on: string; reminded: boolean; status: string }[];
  return rows.map((r) => ({ id: r.id, customerName: r.customer_name, customerEmail: r.customer_email, medicine: r.medicine, patientName: r.patient_name, runsOutOn: r.runs_out_on, remindOn: r.remind_on, reminded: r.reminded, status: r.status }));
}
