import 'server-only';
import { isCronAuthorized } from './authorize';
import { runCronJob } from './run-job';
import type { CronJobName } from './schedule';

const noStore = { 'cache-control': 'no-store' };

/**
 * The handler behind `/api/cron/<job>`, for GET (Vercel Cron) and POST (`npm run cron`, a
 * crontab): `Authorization: Bearer CRON_SECRET` or 401. Answers the job's report, or
 * `{ skipped }` when another run of it is already under way.
 */
export function cronRouteHandler(job: CronJobName) {
  return async function handler(request: Request): Promise<Response> {
    if (!isCronAuthorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401, headers: noStore });
    const run = await runCronJob(job);
    return Response.json(run.skipped ? { skipped: run.reason } : run.report, { headers: noStore });
  };
}
