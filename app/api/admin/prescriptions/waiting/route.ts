import { routePermission } from '@/lib/permissions/guard';
import { countAwaitingReview } from '@/lib/prescriptions/review-queue-count';

export const dynamic = 'force-dynamic';

/** The back-office nav badge polls this: staff who review prescriptions only (401/403 otherwise). */
export async function GET(request: Request) {
  const { refusal } = await routePermission('prescriptions.review', request);
  if (refusal) return refusal;
  return Response.json({ waiting: await countAwaitingReview() }, { headers: { 'Cache-Control': 'private, no-store' } });
}
