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

export type KhaltiConfig = { enabled: boolean; baseUrl: string; paymentOrigin: string; secretKey: string; timeoutMs: number; appUrl: string };

export function khaltiConfig(): KhaltiConfig {
  const baseUrl = env.KHALTI_BASE_URL ?? 'https://khalti.com/api/v2/';
  return {
    enabled: env.khaltiEnabled,
    baseUrl,
    paymentOrigin: env.KHALTI_PAYMENT_ORIGIN ?? khaltiPaymentOrigin(baseUrl),
    secretKey: env.KHALTI_SECRET_KEY ?? '',
    timeoutMs: env.KHALTI_TIMEOUT_MS,
    appUrl: env.APP_URL,
  };
}

// Our purchase order id in the path as with eSewa: Khalti's own parameters follow in the query.
export function khaltiReturnUrl(config: KhaltiConfig, transactionUuid: string): string {
  return new URL(`/api/payments/khalti/return/${encodeURIComponent(transactionUuid)}`, config.appUrl).toString();
}

/**
 * Where Khalti's payment page lives for an API base (KHALTI_PAYMENT_ORIGIN overrides it). Shoppers
 * are sent only there: the provider refuses a payment_url anywhere else, and the pages' CSP lets
 * the pay button's answer redirect there when JavaScript is off.
 */
export function khaltiPaymentOrigin(baseUrl: string): string {
  const api = new URL(baseUrl);
  if (api.hostname === 'khalti.com') return 'https://pay.khalti.com';
  if (api.hostname === 'dev.khalti.com' || api.hostname === 'a.khalti.com') return 'https://test-pay.khalti.com';
  // The local sandbox serves its payment page beside its API.
  return api.origin;
}

let formOrigins: readonly string[] | undefined;

/**
 * Every origin a page's form may send the shopper to: eSewa's form, Khalti's payment page. The
 * proxy asks on every request and configuration is fixed for the process, so it is worked out once
 * (on first use, not while `next build` imports modules).
 */
export function paymentFormOrigins(): readonly string[] {
  if (!formOrigins) {
    const origins = [new URL(esewaConfig().formUrl).origin];
    if (env.khaltiEnabled) origins.push(khaltiConfig().paymentOrigin);
    formOrigins = origins;
  }
  return formOrigins;
}
