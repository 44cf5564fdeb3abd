import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Forgets webhook deliveries delivered or given up on more than 30 days ago, in batches. */
const handler = cronRouteHandler('prune-webhook-deliveries');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
