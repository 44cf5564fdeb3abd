import { ZodError } from 'zod';
import { InvalidCredentialsError, InvalidTwoFactorCodeError, NotFoundError, RateLimitedError } from '@/lib/auth/errors';
import { DomainError } from '@/lib/errors';
import { IllegalTransitionError, OrderNotFoundError } from '@/lib/orders/errors';
import { OrderNotPayableError } from '@/lib/payments/errors';
import { PrescriptionAlreadyReviewedError, PrescriptionNotFoundError } from '@/lib/prescriptions/errors';
import { FileRefusedError } from '@/lib/prescriptions/file-check';
import { MalformedUploadError } from '@/lib/prescriptions/read-upload';
import { ApiProblem } from './problem';
import { fieldErrorsOf } from './validation';

/**
 * The domain's typed errors (lib/errors.ts) as problems. Their public messages are already safe to
 * show; the status says what kind of refusal it is. Anything else is not a DomainError and ends
 * as a logged 500 in lib/api/handler.ts.
 */
export function problemFromError(error: unknown): ApiProblem | null {
  if (error instanceof ApiProblem) return error;
  if (error instanceof ZodError) return new ApiProblem('invalid-request', 'The request is not valid.', { errors: fieldErrorsOf(error) });
  if (!(error instanceof DomainError)) return null;
  if (error instanceof RateLimitedError) {
    return new ApiProblem('too-many-requests', error.publicMessage, { headers: { 'Retry-After': String(error.retryAfterSeconds) } });
  }
  if (error instanceof InvalidCredentialsError || error instanceof InvalidTwoFactorCodeError) return new ApiProblem('unauthorized', error.publicMessage);
  if (error instanceof NotFoundError || error instanceof OrderNotFoundError || error instanceof PrescriptionNotFoundError) {
    return new ApiProblem('not-found', error.publicMessage);
  }
  if (error instanceof IllegalTransitionError || error instanceof OrderNotPayableError || error instanceof PrescriptionAlreadyReviewedError) return new ApiProblem('conflict', error.publicMessage);
  if (error instanceof FileRefusedError) {
    return new ApiProblem(error.reason === 'too_large' ? 'payload-too-large' : 'unprocessable', error.message, { errors: { file: [error.reason] } });
  }
  if (error instanceof MalformedUploadError) return new ApiProblem('invalid-request', error.publicMessage);
  // Stock, limits, an unconfirmed email, an unusable prescription: understood, but not possible now.
  return new ApiProblem('unprocessable', error.publicMessage, error.fieldErrors ? { errors: error.fieldErrors } : {});
}
