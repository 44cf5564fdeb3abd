import { endpoints } from '@/lib/api/contract/endpoints';
import { partnerOrderSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { toPartnerOrder } from '@/lib/api/partner-orders';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';
import { getDeliveryOrder } from '@/lib/orders/order-feed';
import { recordDeliveryByPartner } from '@/lib/orders/partner-delivery';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(endpoints.reportPartnerDelivery, async ({ params, body, partner }) => {
  await recordDeliveryByPartner(params.number, partner, { cashCollected: body.cashCollected ?? false, note: body.note });
  const order = await getDeliveryOrder(params.number);
  if (!order) throw new ApiProblem('not-found', 'Not found.');
  return ok(partnerOrderSchema, toPartnerOrder(order));
});
export const OPTIONS = preflight;
