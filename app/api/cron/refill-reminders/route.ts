import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Emails the refill reminders whose Nepal day has come (lib/refills/remind.ts), through the outbox. */
const handler = cronRouteHandler('refill-reminders');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
