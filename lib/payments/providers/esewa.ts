import 'server-only';
import { buildEsewaForm, EsewaResponseError, fetchEsewaStatus, formatEsewaAmount, isValidTransactionUuid, verifyEsewaResponse, type EsewaStatus } from '@/lib/payments/esewa';
import { esewaConfig, failureUrl, successUrl, type EsewaConfig } from '../config';
import { InvalidCallbackError, PaymentAttemptNotFoundError } from '../errors';
import type { PaymentProvider, ProviderVerdict, StoredAttempt, VerdictStatus } from './types';

const VERDICTS: Record<EsewaStatus, VerdictStatus> = {
  COMPLETE: 'complete',
  PENDING: 'pending',
  AMBIGUOUS: 'ambiguous',
  NOT_FOUND: 'ended',
  CANCELED: 'canceled',
  FULL_REFUND: 'full_refund',
  PARTIAL_REFUND: 'partial_refund',
};

/** eSewa ePay v2 behind the provider interface (PAYMENTS.md 1). */
export function esewaProvider(config: EsewaConfig = esewaConfig()): PaymentProvider {
  return {
    id: 'esewa',
    label: 'eSewa',

    // Signing is local: the browser posts the signed form; nothing to store beyond the attempt.
    async start(attempt) {
      const fields = buildEsewaForm({
        amountPaisa: attempt.amountPaisa,
        transactionUuid: attempt.transactionUuid,
        productCode: config.productCode,
        secretKey: config.secretKey,
        successUrl: successUrl(config),
        failureUrl: failureUrl(config, attempt.transactionUuid),
      });
      // The stored string is what the status check and the callback are compared against.
      if (attempt.amountSigned !== null && fields.total_amount !== attempt.amountSigned) throw new Error('eSewa amount formatting changed for a stored attempt');
      return { kind: 'form', url: config.formUrl, fields };
    },

    // Success carries signed data naming the attempt; failure carries nothing, the uuid is in the path.
    verifyReturn(input) {
      if (input.kind === 'failure') {
        if (!input.transactionUuid || !isValidTransactionUuid(input.transactionUuid)) throw new PaymentAttemptNotFoundError();
        return { transactionUuid: input.transactionUuid, signedPaid: false, hintPaid: false, amountPaisa: null, sessionId: null, reference: null, payload: null };
      }
      let verified;
      try {
        verified = verifyEsewaResponse(input.query.get('data') ?? '', { secretKey: config.secretKey, productCode: config.productCode });
      } catch (error) {
        if (error instanceof EsewaResponseError) throw new InvalidCallbackError(error.reason);
        throw error;
      }
      if (!isValidTransactionUuid(verified.transactionUuid)) throw new InvalidCallbackError('bad transaction_uuid');
      return {
        transactionUuid: verified.transactionUuid,
        signedPaid: true,
        hintPaid: true,
        amountPaisa: verified.totalAmountPaisa,
        sessionId: null,
        reference: verified.transactionCode,
        payload: verified.payload,
      };
    },

    /** Always the stored, signed amount string: never one that came back through the browser. */
    async lookup(attempt: StoredAttempt): Promise<ProviderVerdict> {
      const result = await fetchEsewaStatus({
        statusUrl: config.statusUrl,
        productCode: config.productCode,
        totalAmount: attempt.amountSigned ?? formatEsewaAmount(attempt.amountPaisa),
        transactionUuid: attempt.transactionUuid,
        timeoutMs: config.statusTimeoutMs,
      });
      if (result.kind === 'unknown') return result;
      return { kind: 'status', status: VERDICTS[result.status], reference: result.refId, totalAmountPaisa: result.totalAmountPaisa, raw: result.raw };
    },
  };
}
