// The Khalti KPG-2 protocol, free of database and configuration: safe to unit-test and to reuse
// in the local sandbox. Server-only in practice: callers pass the secret key.
export { initiateKhaltiPayment, lookupKhaltiPayment, type KhaltiCredentials, type KhaltiInitiateRequest, type KhaltiInitiateResult, type KhaltiLookupResult } from './api';
export { isValidPidx, parseKhaltiReturn, type KhaltiReturnQuery } from './return-query';
export { isKhaltiStatus, isPayableKhaltiAmount, KHALTI_MIN_AMOUNT_PAISA, KHALTI_STATUSES, parseKhaltiPaisa, type KhaltiStatus } from './statuses';
