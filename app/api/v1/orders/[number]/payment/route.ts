import { endpoints } from '@/lib/api/contract/endpoints';
import { paymentStartSchema } from '@/lib/api/contract/schemas';
import { ApiProblem } from '@/lib/api/problem';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { startPaymentForShopper } from '@/lib/payments/start-payment';

export const dynamic = 'force-dynamic';

// Another shopper's order, or a cash-on-delivery one, is a 404: a stranger learns nothing.
export const POST = apiRoute(endpoints.startPayment, async ({ caller, params, body }) => {
  const started = await startPaymentForShopper({ orderNumber: params.number, userId: caller.user.id, method: body.method });
  if (!started) throw new ApiProblem('not-found', 'Order not found.');
  return ok(paymentStartSchema, started);
});
export const OPTIONS = preflight;
