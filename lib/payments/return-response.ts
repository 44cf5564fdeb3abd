import 'server-only';
import { env } from '@/lib/env';
import { translateErrorMessage } from '@/lib/i18n/error-messages';
import type { Locale } from '@/lib/i18n/locales';
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

const FAILED = 'Something went wrong. Your payment is safe; we will confirm it shortly.';

/**
 * Payment errors become their status code with a safe sentence; anything else is a logged 500. The
 * browser shows the sentence as it is, so it is in the shopper's language (`locale`); the log keeps English.
 */
export function returnErrorResponse(error: unknown, requestId: string | null, locale: Locale): Response {
  const log = logger.child({ requestId });
  const answer = (status: number, message: string) =>
    new Response(translateErrorMessage(message, locale), { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': locale, ...NO_STORE } });
  if (error instanceof PaymentError) {
    log.warn({ status: error.httpStatus, detail: error.detail }, `payment return refused: ${error.publicMessage}`);
    return answer(error.httpStatus, error.publicMessage);
  }
  log.error({ err: error }, 'payment return failed');
  return answer(500, FAILED);
}
