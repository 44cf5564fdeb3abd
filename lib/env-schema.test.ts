import { describe, expect, it } from 'vitest';
import { ConfigurationError, ESEWA_TEST_SECRET_KEY, parseServerEnv, SECRET_NAMES } from './env-schema';
import { generateVapidKeys, vapidKeysMatch } from './env-vapid';

const secrets = {
  AUTH_SECRET: 'a'.repeat(40),
  CRON_SECRET: 'c'.repeat(30),
  METRICS_TOKEN: 'm'.repeat(30),
  FILE_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 2).toString('base64'),
  ...generateVapidKeys(),
  VAPID_SUBJECT: 'mailto:pharmacy@medinest.example',
};
const liveEsewa = {
  ESEWA_PRODUCT_CODE: 'NP-LIVE-1',
  ESEWA_SECRET_KEY: 'live-secret',
  ESEWA_FORM_URL: 'https://epay.esewa.com.np/api/epay/main/v2/form',
  ESEWA_STATUS_URL: 'https://epay.esewa.com.np/api/epay/transaction/status/',
};

const sharedStore = { UPSTASH_REDIS_REST_URL: 'https://eu1.upstash.io', UPSTASH_REDIS_REST_TOKEN: 'token' };
const smsGateway = { SPARROW_SMS_TOKEN: 'sparrow-token', SPARROW_SMS_FROM: 'MediNest' };

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('server configuration', () => {
  it('runs on embedded defaults in development, with generated secrets', () => {
    const env = parseServerEnv({ NODE_ENV: 'development' }, () => secrets);
    expect(env.embeddedDatabase).toBe(true);
    expect(env.usingGeneratedSecrets).toBe(true);
    expect(env.AUTH_SECRET).toBe(secrets.AUTH_SECRET);
    expect(env.DELIVERY_FEE_PAISA).toBe(10_000);
    expect(env.FREE_DELIVERY_FROM_PAISA).toBe(150_000);
    expect(env.ESEWA_SECRET_KEY).toBe(ESEWA_TEST_SECRET_KEY);
  });

  it('uses the real database when DATABASE_URL is a postgres URL', () => {
    const env = parseServerEnv({ DATABASE_URL: 'postgres://app@db.internal:5432/medinest' }, () => secrets);
    expect(env.embeddedDatabase).toBe(false);
    expect(env.DATABASE_URL).toBe('postgres://app@db.internal:5432/medinest');
  });

  it.each(['mysql://root@localhost/shop', 'not a url', 'postgres://'])('names a malformed DATABASE_URL (%s)', (url) => {
    const problems = problemsOf(() => parseServerEnv({ DATABASE_URL: url }, () => secrets));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL must be a postgres/);
  });

  it('stops production without secrets, naming every missing one', () => {
    const problems = problemsOf(() => parseServerEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@h/db', ...liveEsewa }, () => secrets));
    expect(problems).toEqual(SECRET_NAMES.map((name) => `${name} is required`));
  });

  it('never falls back to generated secrets in production', () => {
    let asked = false;
    problemsOf(() =>
      parseServerEnv({ NODE_ENV: 'production', ...liveEsewa }, () => {
        asked = true;
        return secrets;
      }),
    );
    expect(asked).toBe(false);
  });

  it('lets next build run without secrets, since a build serves nothing', () => {
    const env = parseServerEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' });
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses the public eSewa test merchant in production unless a staging site allows it', () => {
    const base = { NODE_ENV: 'production', SINGLE_INSTANCE: '1', DATABASE_URL: 'postgres://a@h/db', ...secrets, ...smsGateway, ESEWA_FORM_URL: liveEsewa.ESEWA_FORM_URL, ESEWA_STATUS_URL: liveEsewa.ESEWA_STATUS_URL };
    expect(problemsOf(() => parseServerEnv(base))[0]).toMatch(/ESEWA_SECRET_KEY and ESEWA_PRODUCT_CODE must be your live/);
    expect(parseServerEnv({ ...base, ESEWA_ALLOW_TEST_KEY: '1' }).ESEWA_PRODUCT_CODE).toBe('EPAYTEST');
  });

  it('refuses the embedded database in production unless ALLOW_EMBEDDED_DATABASE says so', () => {
    const base = { NODE_ENV: 'production', SINGLE_INSTANCE: '1', ...secrets, ...liveEsewa, ...smsGateway };
    expect(problemsOf(() => parseServerEnv(base))).toEqual([
      'DATABASE_URL is required in production: the embedded database is for development (set ALLOW_EMBEDDED_DATABASE=1 to run it anyway)',
    ]);
    expect(parseServerEnv({ ...base, ALLOW_EMBEDDED_DATABASE: '1' }).embeddedDatabase).toBe(true);
    expect(parseServerEnv({ ...base, NEXT_PHASE: 'phase-production-build' }).embeddedDatabase).toBe(true);
  });

  it('refuses production with cash on delivery for verified numbers but no SMS gateway to verify them', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@10.0.0.5/medinest', ...secrets, ...liveEsewa, ...sharedStore };
    expect(problemsOf(() => parseServerEnv(production))).toEqual([expect.stringMatching(/^Cash on delivery needs a verified mobile number, but no SMS gateway/)]);
    expect(parseServerEnv({ ...production, COD_REQUIRES_VERIFIED_PHONE: '0' }).COD_REQUIRES_VERIFIED_PHONE).toBe(false);
    expect(parseServerEnv({ ...production, AAKASH_SMS_TOKEN: 'aakash-token' }).COD_REQUIRES_VERIFIED_PHONE).toBe(true);
    expect(() => parseServerEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it('accepts a complete production configuration', () => {
    const env = parseServerEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@10.0.0.5/medinest', ...secrets, ...liveEsewa, ...sharedStore, ...smsGateway });
    expect(env.usingGeneratedSecrets).toBe(false);
    expect(env.embeddedDatabase).toBe(false);
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
  });

  it('refuses to start production on the in-process store unless the shop says it runs as one instance', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@10.0.0.5/medinest', ...secrets, ...liveEsewa };
    expect(problemsOf(() => parseServerEnv(production))).toEqual([expect.stringMatching(/^UPSTASH_REDIS_REST_URL is required in production .*SINGLE_INSTANCE=1/)]);
    expect(parseServerEnv({ ...production, ...smsGateway, SINGLE_INSTANCE: '1' }).SINGLE_INSTANCE).toBe(true);
    expect(parseServerEnv({ ...production, ...smsGateway, ...sharedStore }).SINGLE_INSTANCE).toBe(false);
    // A build serves nothing, so it needs neither.
    expect(() => parseServerEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it('reads the trusted proxy hops as a small whole number', () => {
    expect(parseServerEnv({ TRUSTED_PROXY_HOPS: '1' }, () => secrets).TRUSTED_PROXY_HOPS).toBe(1);
    expect(problemsOf(() => parseServerEnv({ TRUSTED_PROXY_HOPS: '-1' }, () => secrets))[0]).toMatch(/^TRUSTED_PROXY_HOPS/);
    expect(problemsOf(() => parseServerEnv({ TRUSTED_PROXY_HOPS: 'all' }, () => secrets))[0]).toMatch(/^TRUSTED_PROXY_HOPS/);
  });

  it('checks the shared Next cache’s key prefix and Redis timeout, both optional', () => {
    const defaults = parseServerEnv({}, () => secrets);
    expect(defaults.CACHE_KEY_PREFIX).toBeUndefined();
    expect(defaults.CACHE_REDIS_TIMEOUT_MS).toBeUndefined();
    const set = parseServerEnv({ CACHE_KEY_PREFIX: 'shop-2:next-cache:', CACHE_REDIS_TIMEOUT_MS: '500' }, () => secrets);
    expect(set.CACHE_KEY_PREFIX).toBe('shop-2:next-cache:');
    expect(set.CACHE_REDIS_TIMEOUT_MS).toBe(500);
    expect(parseServerEnv({ CACHE_KEY_PREFIX: '', CACHE_REDIS_TIMEOUT_MS: '' }, () => secrets).CACHE_REDIS_TIMEOUT_MS).toBeUndefined();
    expect(problemsOf(() => parseServerEnv({ CACHE_KEY_PREFIX: 'shop 2*' }, () => secrets))[0]).toMatch(/^CACHE_KEY_PREFIX/);
    expect(problemsOf(() => parseServerEnv({ CACHE_REDIS_TIMEOUT_MS: 'soon' }, () => secrets))[0]).toMatch(/^CACHE_REDIS_TIMEOUT_MS/);
    expect(problemsOf(() => parseServerEnv({ CACHE_REDIS_TIMEOUT_MS: '0' }, () => secrets))[0]).toMatch(/^CACHE_REDIS_TIMEOUT_MS/);
  });

  it('rejects weak secrets and malformed keys with a reason', () => {
    const problems = problemsOf(() =>
      parseServerEnv({ NODE_ENV: 'production', ...liveEsewa, ...secrets, AUTH_SECRET: 'short', FILE_ENCRYPTION_KEY: 'abc' }),
    );
    expect(problems).toContain('AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)');
    expect(problems.some((p) => p.startsWith('FILE_ENCRYPTION_KEY must be 32 bytes'))).toBe(true);
  });

  it('requires the Upstash token with the Upstash URL', () => {
    const problems = problemsOf(() => parseServerEnv({ UPSTASH_REDIS_REST_URL: 'https://eu1.upstash.io' }, () => secrets));
    expect(problems).toEqual(['UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set']);
  });

  it('takes a read replica only beside a PostgreSQL primary', () => {
    const replica = 'postgres://reporter@replica.internal:5432/medinest';
    expect(parseServerEnv({ DATABASE_URL: 'postgres://app@primary.internal:5432/medinest', DATABASE_REPLICA_URL: replica }, () => secrets).DATABASE_REPLICA_URL).toBe(replica);
    expect(parseServerEnv({ DATABASE_URL: 'postgres://app@primary.internal:5432/medinest' }, () => secrets).DATABASE_REPLICA_URL).toBeUndefined();
    expect(problemsOf(() => parseServerEnv({ DATABASE_REPLICA_URL: replica }, () => secrets))).toEqual([
      'DATABASE_REPLICA_URL needs DATABASE_URL: a replica follows a PostgreSQL server, not the embedded database',
    ]);
    expect(problemsOf(() => parseServerEnv({ DATABASE_URL: 'postgres://a@b/c', DATABASE_REPLICA_URL: 'mysql://x' }, () => secrets))[0]).toMatch(/^DATABASE_REPLICA_URL must be a postgres/);
  });

  it('serves the benchmark baseline page only when BENCH_BASELINE is set', () => {
    expect(parseServerEnv({}, () => secrets).BENCH_BASELINE).toBe(false);
    expect(parseServerEnv({ BENCH_BASELINE: '1' }, () => secrets).BENCH_BASELINE).toBe(true);
    expect(problemsOf(() => parseServerEnv({ BENCH_BASELINE: 'yes' }, () => secrets))[0]).toMatch(/^BENCH_BASELINE /);
  });

  it('coerces numbers and refuses nonsense', () => {
    expect(parseServerEnv({ DELIVERY_FEE_PAISA: '5000' }, () => secrets).DELIVERY_FEE_PAISA).toBe(5000);
    expect(problemsOf(() => parseServerEnv({ DELIVERY_FEE_PAISA: '-1' }, () => secrets))[0]).toMatch(/^DELIVERY_FEE_PAISA/);
  });

  it('asks for Sparrow SMS credentials together, requires verified phones for cash on delivery by default, and pairs the wait alert with a phone', () => {
    const env = parseServerEnv({}, () => secrets);
    expect(env.COD_REQUIRES_VERIFIED_PHONE).toBe(true);
    expect(env.SPARROW_SMS_BASE_URL).toBe('https://api.sparrowsms.com');
    expect(parseServerEnv({ COD_REQUIRES_VERIFIED_PHONE: '0' }, () => secrets).COD_REQUIRES_VERIFIED_PHONE).toBe(false);
    expect(problemsOf(() => parseServerEnv({ SPARROW_SMS_TOKEN: 't' }, () => secrets))[0]).toMatch(/^SPARROW_SMS_FROM/);
    expect(problemsOf(() => parseServerEnv({ PRESCRIPTION_WAIT_ALERT_MINUTES: '30' }, () => secrets))[0]).toMatch(/^PHARMACIST_ON_DUTY_PHONE/);
    expect(problemsOf(() => parseServerEnv({ PRESCRIPTION_WAIT_ALERT_MINUTES: '30', PHARMACIST_ON_DUTY_PHONE: '12345' }, () => secrets))[0]).toMatch(/^PHARMACIST_ON_DUTY_PHONE must be a Nepali mobile/);
  });

  describe('VAPID keys for Web Push', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@h/db', ...liveEsewa, ...sharedStore, ...smsGateway, ...secrets };

    it('refuses production without a subject push services can reach', () => {
      const problems = problemsOf(() => parseServerEnv({ ...production, VAPID_SUBJECT: '' }));
      expect(problems).toEqual(['VAPID_SUBJECT is required in production: a mailto: address or https: URL push services can reach you at']);
      expect(problemsOf(() => parseServerEnv({ ...production, VAPID_SUBJECT: 'http://shop.example' }))[0]).toMatch(/^VAPID_SUBJECT must be a mailto: address or an https: URL/);
      expect(parseServerEnv(production).VAPID_SUBJECT).toBe('mailto:pharmacy@medinest.example');
    });

    it('refuses keys that are not a pair, or not P-256 keys at all', () => {
      const other = generateVapidKeys();
      expect(problemsOf(() => parseServerEnv({ ...production, VAPID_PUBLIC_KEY: other.VAPID_PUBLIC_KEY }))[0]).toMatch(/^VAPID_PUBLIC_KEY is not the public key of VAPID_PRIVATE_KEY/);
      expect(problemsOf(() => parseServerEnv({ ...production, VAPID_PUBLIC_KEY: 'abc' }))[0]).toMatch(/^VAPID_PUBLIC_KEY must be an uncompressed P-256 public key/);
      expect(problemsOf(() => parseServerEnv({ ...production, VAPID_PRIVATE_KEY: 'not base64url!' }))[0]).toMatch(/^VAPID_PRIVATE_KEY must be a 32-byte/);
    });

    it('generates pairs it accepts, including private keys whose first byte is zero (one in 256)', () => {
      for (let i = 0; i < 2000; i++) {
        const pair = generateVapidKeys();
        expect(Buffer.from(pair.VAPID_PRIVATE_KEY, 'base64url').length).toBe(32);
        expect(vapidKeysMatch(pair.VAPID_PUBLIC_KEY, pair.VAPID_PRIVATE_KEY)).toBe(true);
      }
    });

    it('takes the generated pair in development, with a development subject', () => {
      const env = parseServerEnv({ NODE_ENV: 'development' }, () => ({ ...secrets, VAPID_SUBJECT: undefined }));
      expect(env.VAPID_PUBLIC_KEY).toBe(secrets.VAPID_PUBLIC_KEY);
      expect(env.VAPID_SUBJECT).toBe('mailto:push@medinest.local');
    });
  });
});
