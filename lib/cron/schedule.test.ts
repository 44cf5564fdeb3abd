import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { CRON_SCHEDULE, cronExpression, cronPath } from './schedule';

const routeOf = (name: string) => import(`@/app/api/cron/${name}/route.ts`) as Promise<{ GET: (request: Request) => Promise<Response>; POST: (request: Request) => Promise<Response> }>;

describe('the job schedule', () => {
  it('is what vercel.json asks Vercel Cron to call', () => {
    const vercel = JSON.parse(readFileSync(path.resolve('vercel.json'), 'utf8')) as { crons: { path: string; schedule: string }[] };
    expect(vercel.crons).toEqual(CRON_SCHEDULE.map((job) => ({ path: cronPath(job.name), schedule: cronExpression(job.everyMinutes) })));
  });

  it('writes cron expressions for minutes and hours', () => {
    expect([1, 5, 60, 120].map(cronExpression)).toEqual(['* * * * *', '*/5 * * * *', '0 * * * *', '0 */2 * * *']);
  });

  it('has a route for every job', () => {
    for (const job of CRON_SCHEDULE) expect(existsSync(path.resolve('app/api/cron', job.name, 'route.ts'))).toBe(true);
  });

  it.each(CRON_SCHEDULE.map((job) => job.name))('%s answers GET and POST, and 401 to either without the bearer', async (name) => {
    const route = await routeOf(name);
    for (const method of ['GET', 'POST'] as const) {
      const response = await route[method](new Request(`http://shop.test${cronPath(name)}`, { method, headers: { authorization: 'Bearer not-the-secret-at-all-nope' } }));
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('runs a job on GET with the bearer, as Vercel Cron calls it', async () => {
    const route = await routeOf('prune-sessions');
    const response = await route.GET(new Request('http://shop.test/api/cron/prune-sessions', { headers: { authorization: `Bearer ${env.CRON_SECRET}` } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ deleted: expect.any(Number), complete: expect.any(Boolean) });
  });
});
