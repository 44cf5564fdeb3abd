import { DomainError } from '@/lib/errors';

/** Why an eSewa response was refused; the reason is logged, never shown to the shopper as-is. */
export type EsewaRejection =
  | 'malformed_base64'
  | 'malformed_json'
  | 'missing_field'
  | 'unsigned_required_field'
  | 'bad_signature'
  | 'wrong_product_code'
  | 'bad_amount';

export class EsewaResponseError extends DomainError {
  constructor(readonly reason: EsewaRejection, detail?: string) {
    super('We could not verify this payment response.', undefined, detail ? `eSewa response refused (${reason}): ${detail}` : `eSewa response refused (${reason})`);
  }
}

export class InvalidAmountError extends DomainError {
  constructor(readonly value: unknown) {
    super('This amount cannot be paid online.', undefined, `Not a payable amount: ${String(value)}`);
  }
}
