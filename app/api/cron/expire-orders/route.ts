import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/**
 * Cancels orders whose hold has ended (unpaid eSewa orders past their payment window, orders
 * still waiting for a prescription past PRESCRIPTION_HOLD_HOURS) and returns their stock. Checkout
 * also releases such stock the moment it needs it; this sweep tidies up the rest and their statuses.
 */
const handler = cronRouteHandler('expire-orders');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
