import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
// A large backlog means many status calls; give it room on serverless hosts.
export const maxDuration = 300;

/** Settles eSewa payments whose shoppers never came back (lib/payments/reconcile.ts). */
const handler = cronRouteHandler('reconcile-payments');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
