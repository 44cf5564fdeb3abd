import { cancelOrderForCustomer } from '@/lib/orders/customer-actions';
import { getOrderForUser } from '@/lib/orders/queries';
import { endpoints } from '@/lib/api/contract/endpoints';
import { orderDetailSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

// The transition table (lib/orders/transitions.ts) decides; a dispatched order answers 409.
export const POST = apiRoute(endpoints.cancelOrder, async ({ caller, params, body }) => {
  await cancelOrderForCustomer(caller.user.id, params.number, body.reason || null);
  return ok(orderDetailSchema, await getOrderForUser(caller.user.id, params.number));
});
export const OPTIONS = preflight;
