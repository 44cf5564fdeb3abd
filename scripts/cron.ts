import { CRON_SCHEDULE, cronPath } from '@/lib/cron/schedule';
import { configOrExit } from './config-or-exit';

/**
 * `npm run cron` for self-hosting: calls the app's cron endpoints on a schedule with
 * `Authorization: Bearer CRON_SECRET`, against APP_URL. `--once` runs every job once and exits
 * (non-zero if one failed), for a system crontab. On Vercel, vercel.json's crons do the same.
 * Several schedulers (or instances) at once are safe: a job already running elsewhere is skipped.
 */
const JOBS = CRON_SCHEDULE.map((job) => ({ path: cronPath(job.name), everyMinutes: job.everyMinutes }));

const env = configOrExit();
const once = process.argv.includes('--once');

async function run(path: string): Promise<boolean> {
  const started = Date.now();
  try {
    const response = await fetch(new URL(path, env.APP_URL), {
      method: 'POST',
      headers: { authorization: `Bearer ${env.CRON_SECRET}` },
      signal: AbortSignal.timeout(300_000),
    });
    const body = await response.text();
    console.log(`${new Date().toISOString()} ${path} → ${response.status} in ${Date.now() - started} ms ${body.slice(0, 300)}`);
    return response.ok;
  } catch (error) {
    console.error(`${new Date().toISOString()} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

if (once) {
  let ok = true;
  for (const job of JOBS) ok = (await run(job.path)) && ok;
  process.exit(ok ? 0 : 1);
}

console.log(`Running scheduled jobs against ${env.APP_URL} (Ctrl+C to stop).`);
let minute = 0;
for (;;) {
  for (const job of JOBS) if (minute % job.everyMinutes === 0) await run(job.path);
  minute += 1;
  await new Promise((resolve) => setTimeout(resolve, 60_000));
}
