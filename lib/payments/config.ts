import 'server-only';
import { env } from '@/lib/env';

/** Everything the eSewa flow needs from configuration; tests pass their own (sandbox on a random port). */
export type EsewaConfig = {
  productCode: string;
  secretKey: string;
  formUrl: string;
  statusUrl: string;
  statusTimeoutMs: number;
  appUrl: string;
};

export function esewaConfig(): EsewaConfig {
  // env-schema fills both URLs outside production and requires them in production; the fallbacks
  // only matter while `next build` evaluates modules.
  return {
    productCode: env.ESEWA_PRODUCT_CODE,
    secretKey: env.ESEWA_SECRET_KEY,
    formUrl: env.ESEWA_FORM_URL ?? 'https://rc-epay.esewa.com.np/api/epay/main/v2/form',
    statusUrl: env.ESEWA_STATUS_URL ?? 'https://rc.esewa.com.np/api/epay/transaction/status/',
    statusTimeoutMs: env.ESEWA_STATUS_TIMEOUT_MS,
    appUrl: env.APP_URL,
  };
}

export function successUrl(config: EsewaConfig): string {
  return new URL('/api/payments/esewa/success', config.appUrl).toString();
}

// The attempt's uuid goes in the path: eSewa mangles a success/failure URL that has a query.
export function failureUrl(config: EsewaConfig, transactionUuid: string): string {
  return new URL(`/api/payments/esewa/failure/${encodeURIComponent(transactionUuid)}`, config.appUrl).toString();
}

export type KhaltiConfig = { enabled: boolean; baseUrl: string; secretKey: string; timeoutMs: number; appUrl: string };

export function khaltiConfig(): KhaltiConfig {
  return {
    enabled: env.khaltiEnabled,
    baseUrl: env.KHALTI_BASE_URL ?? 'https://khalti.com/api/v2/',
    secretKey: env.KHALTI_SECRET_KEY ?? '',
    timeoutMs: env.KHALTI_TIMEOUT_MS,
    appUrl: env.APP_URL,
  };
}

// Our purchase order id in the path as with eSewa: Khalti's own parameters follow in the query.
export function khaltiReturnUrl(config: KhaltiConfig, transactionUuid: string): string {
  return new URL(`/api/payments/khalti/return/${encodeURIComponent(transactionUuid)}`, config.appUrl).toString();
}
