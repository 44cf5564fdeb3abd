import { placeOrderFromCart } from '@/lib/orders/checkout-cart';
import { endpoints } from '@/lib/api/contract/endpoints';
import { placedOrderSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { checkoutKeyFor, claimIdempotencyKey, idempotencyKeyOf } from '@/lib/api/idempotency';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(endpoints.checkout, async ({ caller, body, request }) => {
  const key = idempotencyKeyOf(request);
  await claimIdempotencyKey(caller.user.id, key, body);
  const order = await placeOrderFromCart({ ...body, userId: caller.user.id, checkoutKey: checkoutKeyFor(key), prescriptionId: body.prescriptionId ?? null, patientId: body.patientId ?? null });
  return ok(placedOrderSchema, order, order.created ? 201 : 200);
});
export const OPTIONS = preflight;
