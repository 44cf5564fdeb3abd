import { getCurrentUser } from '@/lib/auth/current-user';
import { orderNumberSchema } from '@/lib/orders/validation';
import { paymentProgress } from '@/lib/payments/progress';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/**
 * Polled by the pay page while eSewa has not confirmed. Read only: the reconcile job and the
 * eSewa callbacks settle payments, never this route. The owner only (anyone else: 404).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'sign in' }, { status: 401, headers: NO_STORE });
  const number = orderNumberSchema.safeParse((await params).number);
  const payment = number.success ? await paymentProgress({ orderNumber: number.data, userId: user.id }) : null;
  if (!payment) return Response.json({ error: 'not found' }, { status: 404, headers: NO_STORE });
  return Response.json({ payment }, { headers: NO_STORE });
}
