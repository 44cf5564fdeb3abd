import 'server-only';
import { sql } from 'drizzle-orm';
import { Gauge } from 'prom-client';
import type { Database } from '@/db/connection';
import { smsErrorKind } from '@/db/schema';
import { metrics } from './metrics';

/**
 * Figures that belong to the shared database, not to one process: read at scrape time in one
 * statement. Every instance reports the same values, so dashboards take `max`, not `sum`.
 */
function gauge(name: string, help: string, labelNames: string[] = []): Gauge {
  const existing = metrics.registry.getSingleMetric(name);
  return (existing as Gauge | undefined) ?? new Gauge({ name, help, labelNames, registers: [metrics.registry] });
}

const gauges = () => ({
  up: gauge('medinest_database_up', 'Whether the last scrape could read the database (1) or not (0).'),
  outbox: gauge('medinest_outbox_messages', 'Outbox messages (email and the like) by status; failed ones gave up after their retries.', ['status']),
  outboxOldest: gauge('medinest_outbox_oldest_pending_seconds', 'Age of the oldest message still waiting to be sent.'),
  sms: gauge('medinest_sms_outbox_messages', 'SMS in the outbox by status; failed ones gave up (a bad number at once).', ['status']),
  smsOldest: gauge('medinest_sms_outbox_oldest_pending_seconds', 'Age of the oldest SMS still waiting to be sent.'),
  smsProblems: gauge('medinest_sms_refused_messages', 'SMS waiting or given up on, by why the gateway refused them (no_credit and invalid_ip need staff).', ['kind']),
  ocrQueue: gauge('medinest_ocr_queue_depth', 'Prescriptions waiting for OCR or being read.'),
  ocrOldest: gauge('medinest_ocr_queue_oldest_seconds', 'Age of the oldest prescription waiting for OCR.'),
  connections: gauge('medinest_database_connections', "Connections to the shop's database (all instances), by state.", ['state']),
});

type Figures = {
  pending: number; sending: number; failed: number; outbox_oldest: number | null;
  sms_pending: number; sms_sending: number; sms_failed: number; sms_oldest: number | null; sms_kinds: Record<string, number> | null;
  ocr_depth: number; ocr_oldest: number | null; active: number; idle: number; idle_in_transaction: number;
};

export async function refreshDatabaseGauges(database: Database): Promise<void> {
  const g = gauges();
  try {
    const [row] = await database.execute<Figures>(sql`
      select
        (select count(*) from notifications where status = 'pending')::int as pending,
        (select count(*) from notifications where status = 'sending')::int as sending,
        (select count(*) from notifications where status = 'failed')::int as failed,
        (select extract(epoch from now() - min(created_at)) from notifications where status in ('pending', 'sending'))::float8 as outbox_oldest,
        (select count(*) from sms_messages where status = 'pending')::int as sms_pending,
        (select count(*) from sms_messages where status = 'sending')::int as sms_sending,
        (select count(*) from sms_messages where status = 'failed')::int as sms_failed,
        (select extract(epoch from now() - min(created_at)) from sms_messages where status in ('pending', 'sending'))::float8 as sms_oldest,
        (select json_object_agg(error_kind, n) from (select error_kind, count(*)::int as n from sms_messages where status in ('pending', 'failed') and error_kind is not null group by error_kind) k) as sms_kinds,
        (select count(*) from prescriptions where ocr_status in ('queued', 'running'))::int as ocr_depth,
        (select extract(epoch from now() - min(created_at)) from prescriptions where ocr_status in ('queued', 'running'))::float8 as ocr_oldest,
        (select count(*) from pg_stat_activity where datname = current_database() and state = 'active')::int as active,
        (select count(*) from pg_stat_activity where datname = current_database() and state = 'idle')::int as idle,
        (select count(*) from pg_stat_activity where datname = current_database() and state like 'idle in transaction%')::int as idle_in_transaction`);
    const f = row!;
    g.up.set(1);
    for (const status of ['pending', 'sending', 'failed'] as const) g.outbox.set({ status }, f[status]);
    g.outboxOldest.set(f.outbox_oldest ?? 0);
    g.sms.set({ status: 'pending' }, f.sms_pending);
    g.sms.set({ status: 'sending' }, f.sms_sending);
    g.sms.set({ status: 'failed' }, f.sms_failed);
    g.smsOldest.set(f.sms_oldest ?? 0);
    for (const kind of smsErrorKind.enumValues) g.smsProblems.set({ kind }, f.sms_kinds?.[kind] ?? 0);
    g.ocrQueue.set(f.ocr_depth);
    g.ocrOldest.set(f.ocr_oldest ?? 0);
    g.connections.set({ state: 'active' }, f.active);
    g.connections.set({ state: 'idle' }, f.idle);
    g.connections.set({ state: 'idle_in_transaction' }, f.idle_in_transaction);
  } catch {
    // The scrape still answers: process figures stay useful while the database is down.
    g.up.set(0);
  }
}
