import 'server-only';
import { logger } from '@/lib/observability/logger';
import { runCronJob } from './run-job';
import { CRON_SCHEDULE } from './schedule';

const MINUTE_MS = 60_000;
// Let the server finish starting (and compile its first page) before the first round.
const FIRST_ROUND_AFTER_MS = 10_000;

const scheduler = globalThis as unknown as { medinestInProcessScheduler?: { stop: () => void } };

// The counts in the jobs' reports that mean work was done; a quiet round logs nothing.
const WORK_COUNTS = ['checked', 'expired', 'claimed', 'processed', 'deleted'];
const didWork = (report: object) => Object.entries(report).some(([key, value]) => WORK_COUNTS.includes(key) && typeof value === 'number' && value > 0);

/**
 * `npm run dev` runs the scheduled jobs itself, every minute, with the same cadence as
 * `npm run cron` (lib/cron/schedule.ts): the outbox reaches the log, unpaid orders expire and
 * prescriptions are read without a second command. Development only; production is scheduled
 * from outside (README, "Scheduled jobs"). Kept on globalThis so a hot reload never starts two.
 */
export function startInProcessScheduler(): void {
  if (scheduler.medinestInProcessScheduler) return;
  let minute = 0;
  let busy = false;

  async function round() {
    if (busy) return;
    busy = true;
    try {
      for (const job of CRON_SCHEDULE) {
        if (minute % job.everyMinutes !== 0) continue;
        try {
          const run = await runCronJob(job.name);
          if (!run.skipped && didWork(run.report)) logger.info({ job: job.name, report: run.report, ms: run.ms }, 'scheduled job ran');
        } catch (error) {
          logger.error({ job: job.name, err: error instanceof Error ? error.message : String(error) }, 'scheduled job failed');
        }
      }
      minute += 1;
    } finally {
      busy = false;
    }
  }

  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    void round();
    interval = setInterval(() => void round(), MINUTE_MS);
    interval.unref();
  }, FIRST_ROUND_AFTER_MS);
  first.unref();
  scheduler.medinestInProcessScheduler = {
    stop() {
      clearTimeout(first);
      if (interval) clearInterval(interval);
      scheduler.medinestInProcessScheduler = undefined;
    },
  };
  logger.info({ jobs: CRON_SCHEDULE.map((job) => job.name) }, 'development server runs the scheduled jobs in-process (IN_PROCESS_JOBS=0 turns this off)');
}
