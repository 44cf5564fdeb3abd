import { formatEsewaAmount } from './amount';
import { signingMessage, signMessage } from './signature';

export const REQUEST_SIGNED_FIELD_NAMES = ['total_amount', 'transaction_uuid', 'product_code'] as const;

export type EsewaFormFields = {
  amount: string;
  tax_amount: string;
  product_service_charge: string;
  product_delivery_charge: string;
  total_amount: string;
  transaction_uuid: string;
  product_code: string;
  success_url: string;
  failure_url: string;
  signed_field_names: string;
  signature: string;
};

/**
 * The eleven fields posted to eSewa. The whole order total goes in `amount` with zero charges, so
 * `total_amount` is the same single formatted string that is signed and stored.
 */
export function buildEsewaForm(input: {
  amountPaisa: number;
  transactionUuid: string;
  productCode: string;
  secretKey: string;
  successUrl: string;
  failureUrl: string;
}): EsewaFormFields {
  const total = formatEsewaAmount(input.amountPaisa);
  const signed = { total_amount: total, transaction_uuid: input.transactionUuid, product_code: input.productCode };
  return {
    amount: total,
    tax_amount: '0',
    product_service_charge: '0',
    product_delivery_charge: '0',
    ...signed,
    success_url: input.successUrl,
    failure_url: input.failureUrl,
    signed_field_names: REQUEST_SIGNED_FIELD_NAMES.join(','),
    signature: signMessage(signingMessage(REQUEST_SIGNED_FIELD_NAMES, signed), input.secretKey),
  };
}
