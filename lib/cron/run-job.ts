import 'server-only';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import { runExclusively } from './exclusive';
import { CRON_JOBS, type JobContext } from './jobs';
import type { CronJobName } from './schedule';

export type JobRun = { job: CronJobName; skipped: false; report: object; ms: number } | { job: CronJobName; skipped: true; reason: string };

/**
 * One run of a scheduled job, whoever asked (a cron route, the development scheduler). A run
 * that finds another run of the same job under way, on any instance, is skipped: that run is
 * doing the work. Inside a job, rows are still claimed with SKIP LOCKED where it matters.
 */
export async function runCronJob(job: CronJobName, context: Partial<JobContext> & { embedded?: boolean } = {}): Promise<JobRun> {
  const database = context.database ?? db;
  const embedded = context.embedded ?? (context.database ? false : env.embeddedDatabase);
  const started = Date.now();
  const outcome = await runExclusively(job, { database, embedded }, () => CRON_JOBS[job]({ ...context, database }));
  if (!outcome.ran) return { job, skipped: true, reason: 'another run of this job is in progress' };
  return { job, skipped: false, report: outcome.value, ms: Date.now() - started };
}
