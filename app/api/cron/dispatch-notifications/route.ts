import { NextResponse } from 'next/server';
import { isCronAuthorized } from '@/lib/cron/authorize';
import { dispatchDueNotifications } from '@/lib/notifications/dispatch';

export const dynamic = 'force-dynamic';

/** Called by the scheduler (Bearer CRON_SECRET): sends whatever is due in the outbox. */
export async function POST(request: Request) {
  if (!isCronAuthorized(request)) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const summary = await dispatchDueNotifications({ now: new Date(), limit: 50 });
  return NextResponse.json(summary);
}
