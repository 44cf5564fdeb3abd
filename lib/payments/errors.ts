import { DomainError } from '@/lib/errors';

/**
 * Payment errors carry the HTTP status a return route answers with and a message safe to show
 * (actions turn it into `{ ok: false, message }`); details for the log go in `detail`.
 */
export class PaymentError extends DomainError {
  constructor(
    readonly httpStatus: 400 | 403 | 404 | 409,
    publicMessage: string,
    readonly detail?: string,
  ) {
    super(publicMessage);
  }
}

/** The eSewa data did not verify or does not match what we asked eSewa to collect. */
export class InvalidCallbackError extends PaymentError {
  constructor(detail: string) {
    super(400, 'We could not verify this payment response.', detail);
  }
}

export class PaymentAttemptNotFoundError extends PaymentError {
  constructor() {
    super(404, 'Payment not found.');
  }
}

/** eSewa's reference is already recorded on another payment: a replay onto a different order. */
export class ProviderReferenceConflictError extends PaymentError {
  constructor(readonly reference: string) {
    super(409, 'This eSewa payment has already been used for another order.', reference);
  }
}

export class OrderNotPayableError extends PaymentError {
  constructor(message = 'This order cannot be paid online now.') {
    super(409, message);
  }
}

export class RefundNotAllowedError extends PaymentError {
  constructor(message: string) {
    super(409, message);
  }
}
