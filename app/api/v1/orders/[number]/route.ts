import { getOrderForUser } from '@/lib/orders/queries';
import { endpoints } from '@/lib/api/contract/endpoints';
import { orderDetailSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

// Scoped by number and user id together: another shopper's order does not exist for this caller.
export const GET = apiRoute(endpoints.getOrder, async ({ caller, params }) => {
  const order = await getOrderForUser(caller.user.id, params.number);
  if (!order) throw new ApiProblem('not-found', 'Order not found.');
  return ok(orderDetailSchema, order);
});
export const OPTIONS = preflight;
