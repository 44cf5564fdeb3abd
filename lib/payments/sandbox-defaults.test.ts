import { describe, expect, it } from 'vitest';
import { ConfigurationError, ESEWA_TEST_PRODUCT_CODE, ESEWA_TEST_SECRET_KEY, KHALTI_TEST_SECRET_KEY, parseServerEnv } from '@/lib/env-schema';
import { generateVapidKeys } from '@/lib/env-vapid';

const secrets = { AUTH_SECRET: 'a'.repeat(40), CRON_SECRET: 'c'.repeat(40), METRICS_TOKEN: 'm'.repeat(40), FILE_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'), TOTP_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'), ...generateVapidKeys(), VAPID_SUBJECT: 'mailto:pharmacy@medinest.example' };

describe('eSewa configuration', () => {
  it('points development without eSewa settings at the local sandbox', () => {
    const env = parseServerEnv({ NODE_ENV: 'development', ESEWA_SANDBOX_PORT: '4555', ...secrets });
    expect(env).toMatchObject({
      esewaSandbox: true,
      ESEWA_PRODUCT_CODE: ESEWA_TEST_PRODUCT_CODE,
      ESEWA_FORM_URL: 'http://127.0.0.1:4555/api/epay/main/v2/form',
      ESEWA_STATUS_URL: 'http://127.0.0.1:4555/api/epay/transaction/status/',
    });
  });

  it('uses configured eSewa URLs as given and starts no sandbox', () => {
    const env = parseServerEnv({ NODE_ENV: 'development', ESEWA_FORM_URL: 'https://rc-epay.esewa.com.np/api/epay/main/v2/form', ESEWA_STATUS_URL: 'https://rc.esewa.com.np/api/epay/transaction/status/', ...secrets });
    expect(env.esewaSandbox).toBe(false);
    expect(env.ESEWA_STATUS_URL).toBe('https://rc.esewa.com.np/api/epay/transaction/status/');
  });

  it('never falls back to the sandbox in production, and refuses the public test key there unless allowed', () => {
    expect(() => parseServerEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@db.internal/x', ESEWA_PRODUCT_CODE: 'LIVE', ESEWA_SECRET_KEY: 'live-secret', ...secrets })).toThrow(ConfigurationError);
    const urls = { ESEWA_FORM_URL: 'https://epay.esewa.com.np/api/epay/main/v2/form', ESEWA_STATUS_URL: 'https://epay.esewa.com.np/api/epay/transaction/status/' };
    expect(() => parseServerEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@db.internal/x', ...urls, ...secrets })).toThrow(/live eSewa merchant/);
    const staging = parseServerEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@db.internal/x', ESEWA_ALLOW_TEST_KEY: '1', SINGLE_INSTANCE: '1', COD_REQUIRES_VERIFIED_PHONE: '0', ...urls, ...secrets });
    expect(staging).toMatchObject({ esewaSandbox: false, ESEWA_SECRET_KEY: ESEWA_TEST_SECRET_KEY });
  });
});

describe('Khalti configuration', () => {
  const live = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@db.internal/x', SINGLE_INSTANCE: '1', ESEWA_PRODUCT_CODE: 'LIVE', ESEWA_SECRET_KEY: 'live-secret', ESEWA_FORM_URL: 'https://epay.esewa.com.np/api/epay/main/v2/form', ESEWA_STATUS_URL: 'https://epay.esewa.com.np/api/epay/transaction/status/', COD_REQUIRES_VERIFIED_PHONE: '0', ...secrets };

  it('points development without Khalti settings at the local sandbox with the demo key', () => {
    const env = parseServerEnv({ NODE_ENV: 'development', KHALTI_SANDBOX_PORT: '4556', ...secrets });
    expect(env).toMatchObject({ khaltiSandbox: true, khaltiEnabled: true, KHALTI_BASE_URL: 'http://127.0.0.1:4556/api/v2/', KHALTI_SECRET_KEY: KHALTI_TEST_SECRET_KEY });
  });

  it('never falls back to the sandbox in production: both settings or none, and not the demo key', () => {
    expect(parseServerEnv(live)).toMatchObject({ khaltiSandbox: false, khaltiEnabled: false });
    expect(parseServerEnv(live).KHALTI_BASE_URL).toBeUndefined();
    expect(() => parseServerEnv({ ...live, KHALTI_SECRET_KEY: 'live_secret_key_ours' })).toThrow(/KHALTI_SECRET_KEY and KHALTI_BASE_URL go together/);
    expect(() => parseServerEnv({ ...live, KHALTI_BASE_URL: 'https://khalti.com/api/v2/' })).toThrow(/go together/);
    expect(() => parseServerEnv({ ...live, KHALTI_BASE_URL: 'https://dev.khalti.com/api/v2/', KHALTI_SECRET_KEY: KHALTI_TEST_SECRET_KEY })).toThrow(/own merchant key/);
    expect(parseServerEnv({ ...live, KHALTI_BASE_URL: 'https://khalti.com/api/v2/', KHALTI_SECRET_KEY: 'live_secret_key_ours' })).toMatchObject({ khaltiEnabled: true, khaltiSandbox: false });
    expect(() => parseServerEnv({ ...live, KHALTI_BASE_URL: 'ftp://khalti.com/', KHALTI_SECRET_KEY: 'k' })).toThrow(ConfigurationError);
  });
});
