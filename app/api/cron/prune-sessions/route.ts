import { db } from '@/db/client';
import { pruneEndedSessions } from '@/lib/auth/sessions/prune';
import { isCronAuthorized } from '@/lib/cron/authorize';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Deletes session records that ended (expired or signed out) more than 30 days ago, in batches. */
export async function POST(request: Request) {
  if (!isCronAuthorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'cache-control': 'no-store' } });
  const report = await pruneEndedSessions(db);
  return Response.json(report, { headers: { 'cache-control': 'no-store' } });
}

// Vercel Cron calls with GET; the same secret guards it.
export const GET = POST;
