/** Why an eSewa response was refused; the reason is logged, never shown to the shopper as-is. */
export type EsewaRejection =
  | 'malformed_base64'
  | 'malformed_json'
  | 'missing_field'
  | 'unsigned_required_field'
  | 'bad_signature'
  | 'wrong_product_code'
  | 'bad_amount';

export class EsewaResponseError extends Error {
  constructor(readonly reason: EsewaRejection, detail?: string) {
    super(detail ? `eSewa response refused (${reason}): ${detail}` : `eSewa response refused (${reason})`);
    this.name = 'EsewaResponseError';
  }
}

export class InvalidAmountError extends Error {
  constructor(readonly value: unknown) {
    super(`Not a payable amount: ${String(value)}`);
    this.name = 'InvalidAmountError';
  }
}
