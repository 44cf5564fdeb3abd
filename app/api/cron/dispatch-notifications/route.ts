import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Sends whatever is due in the outbox (lib/notifications/dispatch.ts). */
const handler = cronRouteHandler('dispatch-notifications');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
