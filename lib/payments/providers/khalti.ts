import 'server-only';
import { initiateKhaltiPayment, lookupKhaltiPayment, parseKhaltiReturn, type KhaltiStatus } from '@/lib/payments/khalti';
import { khaltiConfig, khaltiReturnUrl, type KhaltiConfig } from '../config';
import { InvalidCallbackError, PaymentAttemptNotFoundError } from '../errors';
import type { PaymentProvider, VerdictStatus } from './types';

const VERDICTS: Record<KhaltiStatus, VerdictStatus> = {
  Completed: 'complete',
  Pending: 'pending',
  Initiated: 'initiated',
  Expired: 'ended',
  'User canceled': 'canceled',
  Refunded: 'full_refund',
  'Partially refunded': 'partial_refund',
};

const PURCHASE_ORDER_ID = /^[A-Za-z0-9-]{1,64}$/;

/** Khalti KPG-2 behind the provider interface (PAYMENTS.md 4). */
export function khaltiProvider(config: KhaltiConfig = khaltiConfig()): PaymentProvider {
  const credentials = { baseUrl: config.baseUrl, secretKey: config.secretKey, timeoutMs: config.timeoutMs };
  return {
    id: 'khalti',
    label: 'Khalti',

    // An attempt that already has a live session goes back to it: one purchase order, one pidx.
    async start(attempt, order) {
      if (attempt.providerSessionId && attempt.providerPaymentUrl && (!attempt.providerExpiresAt || attempt.providerExpiresAt.getTime() > Date.now())) {
        return { kind: 'redirect', url: attempt.providerPaymentUrl };
      }
      if (!config.enabled) return { kind: 'failed', reason: 'khalti_not_configured', raw: null };
      const result = await initiateKhaltiPayment(credentials, {
        returnUrl: khaltiReturnUrl(config, attempt.transactionUuid),
        websiteUrl: new URL('/', config.appUrl).toString(),
        amountPaisa: attempt.amountPaisa,
        purchaseOrderId: attempt.transactionUuid,
        purchaseOrderName: `MediNest order ${order.number}`,
        customerInfo: { name: order.name, email: order.email, ...(order.phone ? { phone: order.phone } : {}) },
      });
      if (!result.ok) return { kind: 'failed', reason: result.reason, raw: result.raw };
      // Never send a shopper to a page that is not Khalti's, whatever the API answered.
      if (new URL(result.paymentUrl).origin !== config.paymentOrigin) return { kind: 'failed', reason: 'unexpected_payment_origin', raw: result.raw };
      return { kind: 'redirect', url: result.paymentUrl, session: { id: result.pidx, paymentUrl: result.paymentUrl, expiresAt: result.expiresAt } };
    },

    // Nothing in Khalti's return is signed: it names the attempt (path) and the session (pidx),
    // which must match what we stored; the status is only a hint.
    verifyReturn(input) {
      if (!input.transactionUuid || !PURCHASE_ORDER_ID.test(input.transactionUuid)) throw new PaymentAttemptNotFoundError();
      const query = parseKhaltiReturn(input.query);
      if (!query) throw new InvalidCallbackError('missing or malformed pidx or amount');
      if (query.purchaseOrderId !== null && query.purchaseOrderId !== input.transactionUuid) throw new InvalidCallbackError('purchase_order_id differs from the return path');
      return {
        transactionUuid: input.transactionUuid,
        signedPaid: false,
        hintPaid: query.status === 'Completed' || query.status === 'Pending',
        amountPaisa: query.amountPaisa,
        sessionId: query.pidx,
        reference: null,
        payload: null,
      };
    },

    // Always by the pidx we stored at initiate, never the one in the browser's query.
    async lookup(attempt) {
      // Khalti never opened a session for this attempt (the shopper never pressed Pay, or initiate
      // failed): it cannot have been paid, so it ends like a session that expired.
      if (!attempt.providerSessionId) return { kind: 'status', status: 'ended', reference: null, totalAmountPaisa: null, raw: { reason: 'no_session' } };
      const result = await lookupKhaltiPayment(credentials, attempt.providerSessionId);
      if (result.kind === 'unknown') return result;
      return { kind: 'status', status: VERDICTS[result.status], reference: result.transactionId, totalAmountPaisa: result.totalAmountPaisa, raw: result.raw };
    },
  };
}
