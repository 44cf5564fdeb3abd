import { z } from 'zod';
import { listOrdersAfter } from '@/lib/orders/order-feed';
import { endpoints } from '@/lib/api/contract/endpoints';
import { orderPageSchema } from '@/lib/api/contract/schemas';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

const DEFAULT_PAGE_SIZE = 20;
const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

export const GET = apiRoute(endpoints.listOrders, async ({ caller, query }) => {
  const { orders, next } = await listOrdersAfter(caller.user.id, decodeCursor(cursorSchema, query.cursor), Number(query.limit ?? DEFAULT_PAGE_SIZE));
  return ok(orderPageSchema, { items: orders, nextCursor: next ? encodeCursor(next) : null });
});
export const OPTIONS = preflight;
