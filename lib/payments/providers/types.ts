import type { PaymentAttemptStatus } from '@/db/schema';

/** The methods paid online through a provider; cash on delivery has none. */
export const ONLINE_METHODS = ['esewa', 'khalti'] as const;
export type OnlineMethod = (typeof ONLINE_METHODS)[number];

export function isOnlineMethod(method: string): method is OnlineMethod {
  return (ONLINE_METHODS as readonly string[]).includes(method);
}

/** One attempt as stored: what a provider needs to start it or ask about it. */
export type StoredAttempt = {
  id: string;
  transactionUuid: string;
  amountPaisa: number;
  amountSigned: string | null;
  providerSessionId: string | null;
  providerPaymentUrl: string | null;
  providerExpiresAt: Date | null;
};

/**
 * What a provider's own server said about an attempt, in the words settlement understands.
 * `ended` is a session that ran out (eSewa NOT_FOUND, Khalti Expired); `initiated` one the shopper
 * has not acted on yet (Khalti Initiated).
 */
export type VerdictStatus = 'complete' | 'pending' | 'ambiguous' | 'initiated' | 'ended' | 'canceled' | 'full_refund' | 'partial_refund';
export type ProviderVerdict =
  | { kind: 'status'; status: VerdictStatus; reference: string | null; totalAmountPaisa: number | null; raw: unknown }
  // The provider could not tell us (outage, timeout, garbage): ask again later.
  | { kind: 'unknown'; reason: string; raw: unknown };

/** How the shopper's browser goes to pay: a signed form to post (eSewa) or a link (Khalti). */
export type StartInstruction =
  | { kind: 'form'; url: string; fields: Record<string, string> }
  | { kind: 'redirect'; url: string; session?: { id: string; paymentUrl: string; expiresAt: Date | null } }
  // The provider would not open a session (refused, unreachable): the shopper may try again.
  | { kind: 'failed'; reason: string; raw: unknown };

/**
 * A provider's return, checked as far as the provider alone can: which attempt it names, and
 * what it claims. `signedPaid`: the provider signed a completed payment (eSewa's success data);
 * an unsigned hint (`hintPaid`) only decides whether to wait or let the shopper retry.
 */
export type VerifiedReturn = {
  transactionUuid: string;
  signedPaid: boolean;
  hintPaid: boolean;
  amountPaisa: number | null;
  sessionId: string | null;
  reference: string | null;
  payload: unknown;
};

export type ReturnInput = { kind: 'success' | 'failure'; transactionUuid?: string; query: URLSearchParams };

/** One payment provider. Order and transition code sees only this, never which provider it is. */
export interface PaymentProvider {
  readonly id: OnlineMethod;
  readonly label: string;
  /** Opens (or re-opens) an attempt at the provider. */
  start(attempt: StoredAttempt, order: { number: string; name: string; email: string; phone: string | null }): Promise<StartInstruction>;
  /** Throws InvalidCallbackError (400) or PaymentAttemptNotFoundError (404) for a return that cannot be ours. */
  verifyReturn(input: ReturnInput): VerifiedReturn;
  /** Asks the provider's server about an attempt. Never throws. */
  lookup(attempt: StoredAttempt): Promise<ProviderVerdict>;
}

/** The attempt status a verdict leaves behind, where it is final or waiting. */
export const VERDICT_ATTEMPT_STATUS: Record<VerdictStatus, PaymentAttemptStatus> = {
  complete: 'complete',
  pending: 'pending',
  ambiguous: 'ambiguous',
  initiated: 'initiated',
  ended: 'not_found',
  canceled: 'canceled',
  full_refund: 'full_refund',
  partial_refund: 'partial_refund',
};
