import { isCronAuthorized } from '@/lib/cron/authorize';
import { reconcilePayments } from '@/lib/payments/reconcile';

export const dynamic = 'force-dynamic';
// A large backlog means many status calls; give it room on serverless hosts.
export const maxDuration = 300;

/** Scheduled every few minutes (Vercel cron or `npm run cron`) with `Authorization: Bearer CRON_SECRET`. */
export async function POST(request: Request) {
  if (!isCronAuthorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'cache-control': 'no-store' } });
  const report = await reconcilePayments();
  return Response.json(report, { headers: { 'cache-control': 'no-store' } });
}

// Vercel Cron calls with GET; the same secret guards it.
export const GET = POST;
