import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Deletes session records that ended (expired or signed out) more than 30 days ago, in batches. */
const handler = cronRouteHandler('prune-sessions');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
