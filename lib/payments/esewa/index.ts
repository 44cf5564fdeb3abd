// The eSewa ePay v2 protocol, free of database and configuration: safe to unit-test and to reuse
// in the local sandbox. Nothing here may be imported by a client component (it signs with the key).
export { formatEsewaAmount, parseEsewaAmount } from './amount';
export { EsewaResponseError, InvalidAmountError, type EsewaRejection } from './errors';
export { buildEsewaForm, REQUEST_SIGNED_FIELD_NAMES, type EsewaFormFields } from './form';
export { encodeEsewaResponse, verifyEsewaResponse, type VerifiedEsewaResponse } from './response';
export { signingMessage, signMessage, signaturesMatch } from './signature';
export { ESEWA_STATUSES, fetchEsewaStatus, type EsewaStatus, type EsewaStatusQuery, type EsewaStatusResult } from './status-api';
export { isValidTransactionUuid, newTransactionUuid } from './transaction-uuid';
