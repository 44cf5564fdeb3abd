import { z } from 'zod';
import { endpoints } from '@/lib/api/contract/endpoints';
import { partnerOrderPageSchema } from '@/lib/api/contract/schemas';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';
import { listDeliveryOrdersAfter } from '@/lib/orders/order-feed';
import { toPartnerOrder } from '@/lib/api/partner-orders';

export const dynamic = 'force-dynamic';

const DEFAULT_PAGE_SIZE = 20;
// The status filter rides in the cursor: a cursor used with another filter is a 400.
const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid(), status: z.enum(['packed', 'dispatched', 'delivered']).nullable() });

export const GET = apiRoute(endpoints.listPartnerOrders, async ({ query }) => {
  const status = query.status ?? null;
  const after = decodeCursor(cursorSchema, query.cursor);
  if (after && after.status !== status) throw new ApiProblem('invalid-request', 'This cursor belongs to another filter; start again without one.', { errors: { cursor: ['Filter changed'] } });
  const { orders, next } = await listDeliveryOrdersAfter(status ? [status] : [], after, Number(query.limit ?? DEFAULT_PAGE_SIZE));
  return ok(partnerOrderPageSchema, { items: orders.map(toPartnerOrder), nextCursor: next ? encodeCursor({ ...next, status }) : null });
});
export const OPTIONS = preflight;
