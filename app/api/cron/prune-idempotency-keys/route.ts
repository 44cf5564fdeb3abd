import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Forgets API checkout Idempotency-Keys older than a day, in batches. */
const handler = cronRouteHandler('prune-idempotency-keys');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
