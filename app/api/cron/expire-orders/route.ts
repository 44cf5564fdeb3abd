import { isCronAuthorized } from '@/lib/cron/authorize';
import { sweepExpiredOrders } from '@/lib/orders/expire-orders';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/**
 * Cancels orders whose hold has ended (unpaid eSewa orders past their payment window, orders
 * still waiting for a prescription past PRESCRIPTION_HOLD_HOURS) and returns their stock. Checkout
 * also releases such stock the moment it needs it; this sweep tidies up the rest and their statuses.
 */
export async function POST(request: Request) {
  if (!isCronAuthorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'cache-control': 'no-store' } });
  const report = await sweepExpiredOrders();
  return Response.json(report, { headers: { 'cache-control': 'no-store' } });
}

// Vercel Cron calls with GET; the same secret guards it.
export const GET = POST;
