/**
 * The scheduled jobs and how often each runs: read by `npm run cron`, the in-process scheduler of
 * `npm run dev`, and checked against vercel.json's crons by a test. Kept free of server code so
 * the plain `tsx` script can import it.
 *
 * Payments are reconciled before unpaid orders are expired, so an order paid at eSewa by a
 * shopper who never came back is settled rather than expired.
 */
export const CRON_SCHEDULE = [
  { name: 'reconcile-payments', everyMinutes: 5 },
  { name: 'expire-orders', everyMinutes: 5 },
  { name: 'dispatch-notifications', everyMinutes: 1 },
  { name: 'process-prescriptions', everyMinutes: 1 },
  { name: 'prune-sessions', everyMinutes: 60 },
  { name: 'prune-idempotency-keys', everyMinutes: 60 },
  { name: 'prune-webhook-deliveries', everyMinutes: 60 },
  { name: 'refill-reminders', everyMinutes: 60 },
] as const;

export type CronJobName = (typeof CRON_SCHEDULE)[number]['name'];

export const cronPath = (name: CronJobName) => `/api/cron/${name}`;

/** The same cadence as a five-field cron expression (vercel.json, a system crontab). */
export function cronExpression(everyMinutes: number): string {
  if (everyMinutes === 1) return '* * * * *';
  if (everyMinutes < 60) return `*/${everyMinutes} * * * *`;
  const hours = everyMinutes / 60;
  return hours === 1 ? '0 * * * *' : `0 */${hours} * * *`;
}
