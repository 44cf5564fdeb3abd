import { endpoints } from '@/lib/api/contract/endpoints';
import { partnerOrderSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { toPartnerOrder } from '@/lib/api/partner-orders';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';
import { getDeliveryOrder } from '@/lib/orders/order-feed';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.getPartnerOrder, async ({ params }) => {
  const order = await getDeliveryOrder(params.number);
  if (!order) throw new ApiProblem('not-found', 'Not found.');
  return ok(partnerOrderSchema, toPartnerOrder(order));
});
export const OPTIONS = preflight;
