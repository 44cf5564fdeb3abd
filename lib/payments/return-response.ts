import 'server-only';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { PaymentError } from './errors';
import type { SettleResult } from './settle';

const NO_STORE = { 'cache-control': 'no-store' };

/** Where the shopper's browser goes after a return from a payment provider. */
export function redirectAfterReturn(result: SettleResult): Response {
  const paidOrSettled = ['paid', 'already_complete', 'duplicate', 'refund_due', 'refunded'].includes(result.outcome);
  const path = paidOrSettled ? `/orders/${encodeURIComponent(result.orderNumber)}` : `/checkout/pay/${encodeURIComponent(result.orderNumber)}`;
  return new Response(null, { status: 303, headers: { location: new URL(path, env.APP_URL).toString(), ...NO_STORE } });
}

/** Payment errors become their status code with a safe sentence; anything else is a logged 500. */
export function returnErrorResponse(error: unknown, requestId: string | null): Response {
  const log = logger.child({ requestId });
  if (error instanceof PaymentError) {
    log.warn({ status: error.httpStatus, detail: error.detail }, `payment return refused: ${error.publicMessage}`);
    return new Response(error.publicMessage, { status: error.httpStatus, headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE } });
  }
  log.error({ err: error }, 'payment return failed');
  return new Response('Something went wrong. Your payment is safe; we will confirm it shortly.', {
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE },
  });
}
