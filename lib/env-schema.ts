import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DEVELOPMENT_VAPID_SUBJECT, generateVapidKeys, VAPID_KEY_NAMES, vapidKeysMatch, vapidPrivateKey, vapidPublicKey, vapidSubject } from './env-vapid';

/**
 * Pure parsing of configuration, kept apart from lib/env.ts so tests and scripts can feed it any
 * environment. Nothing here reads process.env.
 */

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a postgres:// or postgresql:// URL with a host, e.g. postgres://user@127.0.0.1:5432/medinest');

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));
const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');
const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)');

/** Secrets that production must be given and development may generate. */
export const SECRET_NAMES = ['AUTH_SECRET', 'CRON_SECRET', 'METRICS_TOKEN', 'FILE_ENCRYPTION_KEY', 'TOTP_ENCRYPTION_KEY', ...VAPID_KEY_NAMES] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

export const ESEWA_TEST_PRODUCT_CODE = 'EPAYTEST';
export const ESEWA_TEST_SECRET_KEY = '8gBm/:&EnhH.1/q';

// The public demo merchant from Khalti's docs (PAYMENTS.md 4): the local sandbox's key, never production's.
export const KHALTI_TEST_SECRET_KEY = 'live_secret_key_68791341fdd94846a146f0457ff7b455';

export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  APP_URL: httpUrl.default('http://localhost:3000'),
  DATA_DIR: z.string().trim().min(1).default('.data'),

  DATABASE_URL: postgresUrl.optional().or(z.literal('').transform(() => undefined)),
  // A streaming replica for reports that may lag a moment (db/client.ts `reportingDb`); unset: the primary.
  DATABASE_REPLICA_URL: postgresUrl.optional().or(z.literal('').transform(() => undefined)),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  // The embedded PGlite is one process's database, for laptops and tests; production opts in knowingly.
  ALLOW_EMBEDDED_DATABASE: flag,

  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)'),
  CRON_SECRET: z.string().min(24, 'must be at least 24 characters'),
  // The bearer a Prometheus scraper sends to /api/metrics.
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters'),
  FILE_ENCRYPTION_KEY: base64Key,
  TOTP_ENCRYPTION_KEY: base64Key,
  // Web Push (lib/notifications/push): the key pair messages are signed with, and who push services may contact.
  VAPID_PUBLIC_KEY: vapidPublicKey,
  VAPID_PRIVATE_KEY: vapidPrivateKey,
  VAPID_SUBJECT: vapidSubject.optional().or(z.literal('').transform(() => undefined)),
  // Push services the shop sends to besides the browsers' own (FCM, Mozilla, Apple, Windows), as
  // comma-separated https origins; only tests and self-hosted push services need it.
  PUSH_SERVICE_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const origins = (v ?? '').split(',').map((o) => o.trim()).filter(Boolean);
      for (const origin of origins) {
        if (!URL.canParse(origin) || new URL(origin).protocol !== 'https:' || new URL(origin).origin !== origin) {
          ctx.addIssue({ code: 'custom', message: `must list https origins (scheme, host and port, no path): ${origin}` });
        }
      }
      return origins;
    }),
  PUSH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),

  // OpenTelemetry traces (lib/observability/tracing.ts): on when an OTLP/HTTP endpoint is set, e.g.
  // http://collector:4318; the exporter also reads OTEL_EXPORTER_OTLP_HEADERS and _TIMEOUT itself.
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  OTEL_SERVICE_NAME: z.string().trim().min(1).max(100).default('medinest'),
  // How often queued spans are sent, in ms (the OTel SDK's own default: 5000).
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(50).max(60_000).default(5_000),

  UPSTASH_REDIS_REST_URL: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  UPSTASH_REDIS_REST_TOKEN: optionalText,
  // The most one Upstash call may take, retries included; past it sign-in counts limits in-process.
  UPSTASH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  // Read by the Next cache handler (lib/cache-handler/next-cache-handler.mjs), which runs outside the
  // app bundle and reads process.env itself; validated here so a typo stops the start-up.
  // The prefix of its Redis keys (one per shop sharing a Redis).
  CACHE_KEY_PREFIX: z.string().trim().regex(/^[A-Za-z0-9:_.-]{1,100}$/, 'letters, digits and : _ . - only').optional().or(z.literal('').transform(() => undefined)),
  // How long it waits for Redis before rendering uncached.
  CACHE_REDIS_TIMEOUT_MS: z.coerce.number().int().min(20).max(10_000).optional().or(z.literal('').transform(() => undefined)),
  // How many MB of cached pages and data one instance keeps in memory (lib/cache-handler/memory-bound.mjs).
  CACHE_MEMORY_MB: z.coerce.number().int().min(8).max(65_536).optional().or(z.literal('').transform(() => undefined)),
  // Production refuses the in-process store (limits that each instance counts alone) unless the
  // shop says it runs as exactly one server process.
  SINGLE_INSTANCE: flag,
  // How many proxies you run in front of the app: 0 means the socket address is the client's;
  // N means the Nth address from the right of X-Forwarded-For (what the outermost proxy saw).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Browser origins allowed to call /api/v1 (comma-separated, e.g. https://app.medinest.example);
  // empty: no CORS at all. Apps and servers need none; only a web app on another origin does.
  API_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const origins = (v ?? '').split(',').map((o) => o.trim()).filter(Boolean);
      for (const origin of origins) {
        let parsed: URL | null = null;
        try {
          parsed = new URL(origin);
        } catch {}
        if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
          ctx.addIssue({ code: 'custom', message: `must list origins like https://app.example.com (scheme and host, no path): ${origin}` });
        }
      }
      return origins;
    }),

  UPLOADTHING_TOKEN: optionalText,
  // Only tests set these: they point the real UploadThing SDK at a local fake.
  UPLOADTHING_API_URL: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  UPLOADTHING_INGEST_URL: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  GOOGLE_CLOUD_VISION: flag,
  GOOGLE_VISION_API_ENDPOINT: optionalText,
  // Otherwise the Vision SDK finds Application Default Credentials itself.
  GOOGLE_VISION_API_KEY: optionalText,
  // Kicking the OCR queue after each upload; the cron route drains it either way.
  OCR_AFTER_UPLOAD: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === undefined || v === '' || v === '1' || v === 'true'),

  // `npm run dev` runs the scheduled jobs in-process (lib/cron/in-process-scheduler.ts); never in production.
  IN_PROCESS_JOBS: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === undefined || v === '' || v === '1' || v === 'true'),

  RESEND_API_KEY: optionalText,
  RESEND_BASE_URL: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  EMAIL_FROM: z.string().trim().min(3).default('MediNest <orders@medinest.local>'),

  // SMS (lib/notifications/sms). Sparrow SMS when its token is set (FROM is the sender identity it
  // issued), else Aakash SMS when its token is set, else SMS stay in the outbox and the log.
  SPARROW_SMS_TOKEN: optionalText,
  SPARROW_SMS_FROM: optionalText,
  SPARROW_SMS_BASE_URL: httpUrl.default('https://api.sparrowsms.com'),
  AAKASH_SMS_TOKEN: optionalText,
  AAKASH_SMS_BASE_URL: httpUrl.default('https://sms.aakashsms.com'),
  SMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  // Outgoing webhooks (lib/webhooks): the most one POST to a partner may take.
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  // Lets webhook endpoints on this machine (127.0.0.1, ::1, plain http) through the address guard: development and tests only.
  WEBHOOK_ALLOW_LOOPBACK: flag,
  // Cash on delivery only to a mobile number proven by an SMS code; 0 turns the check off.
  COD_REQUIRES_VERIFIED_PHONE: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === undefined || v === '' || v === '1' || v === 'true'),
  // An SMS to the pharmacist on duty when a prescription has waited this many minutes; unset: none.
  PRESCRIPTION_WAIT_ALERT_MINUTES: z.coerce.number().int().min(5).max(24 * 60).optional().or(z.literal('').transform(() => undefined)),
  PHARMACIST_ON_DUTY_PHONE: z
    .string()
    .trim()
    .regex(/^9[78]\d{8}$/, 'must be a Nepali mobile number, 10 digits starting 97 or 98')
    .optional()
    .or(z.literal('').transform(() => undefined)),

  ESEWA_PRODUCT_CODE: z.string().trim().min(1).default(ESEWA_TEST_PRODUCT_CODE),
  ESEWA_SECRET_KEY: z.string().min(1).default(ESEWA_TEST_SECRET_KEY),
  ESEWA_FORM_URL: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  ESEWA_STATUS_URL: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  ESEWA_STATUS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  // Where `npm run dev` serves the local eSewa sandbox when ESEWA_FORM_URL is not set.
  ESEWA_SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(3090),
  // A staging site may knowingly run production mode against eSewa's public test merchant.
  ESEWA_ALLOW_TEST_KEY: flag,

  // Khalti KPG-2. Outside production, unset means the local Khalti sandbox; in production both
  // or neither (then checkout does not offer Khalti).
  KHALTI_SECRET_KEY: optionalText,
  KHALTI_BASE_URL: httpUrl.optional().or(z.literal('').transform(() => undefined)),
  // Khalti's payment page, when it is not the one known for KHALTI_BASE_URL (lib/payments/config.ts).
  KHALTI_PAYMENT_ORIGIN: httpUrl.optional().or(z.literal('').transform(() => undefined)).transform((url) => (url ? new URL(url).origin : undefined)),
  KHALTI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  KHALTI_SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(3091),
  // A staging site may knowingly run production mode against Khalti's public demo merchant.
  KHALTI_ALLOW_TEST_KEY: flag,

  // Only the benchmark's server sets it (scripts/bench/support/server.ts): it serves /products/bench-baseline.
  BENCH_BASELINE: flag,

  ORDER_PAYMENT_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  // Stock held without payment or a prescription ends: per-account limits and a prescription deadline.
  MAX_OPEN_ORDERS_PER_ACCOUNT: z.coerce.number().int().min(1).max(100).default(3),
  MAX_OPEN_UNITS_PER_PRODUCT_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(10),
  PRESCRIPTION_HOLD_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(48),
  // The back-office dashboard lists accounts holding at least this many open orders.
  OPEN_ORDERS_ALERT_AT: z.coerce.number().int().min(1).max(100).default(2),
  DELIVERY_FEE_PAISA: z.coerce.number().int().min(0).default(10_000),
  FREE_DELIVERY_FROM_PAISA: z.coerce.number().int().min(0).default(150_000),
});

export type ServerEnv = z.infer<typeof serverEnvSchema> & {
  /** Always set once parsed: required in production, a development address otherwise. */
  VAPID_SUBJECT: string;
  embeddedDatabase: boolean;
  usingGeneratedSecrets: boolean;
  /** True when the eSewa URLs point at the local sandbox because none were configured. */
  esewaSandbox: boolean;
  /** True when Khalti points at the local sandbox because none was configured (never in production). */
  khaltiSandbox: boolean;
  /** Whether checkout offers Khalti: configured, or the sandbox. */
  khaltiEnabled: boolean;
  /** `next build` is prerendering: no database or cache to read, so shared page parts render without them. */
  building: boolean;
};

/** The local Khalti sandbox's API base, like https://dev.khalti.com/api/v2/. */
export function khaltiSandboxBaseUrl(port: number): string {
  return `http://127.0.0.1:${port}/api/v2/`;
}

/** Outside production an unconfigured eSewa means the local sandbox, never the real site. */
export function esewaSandboxUrls(port: number): { formUrl: string; statusUrl: string } {
  const origin = `http://127.0.0.1:${port}`;
  return { formUrl: `${origin}/api/epay/main/v2/form`, statusUrl: `${origin}/api/epay/transaction/status/` };
}

export const clientEnvSchema = z.object({
  NEXT_PUBLIC_SITE_NAME: z.string().trim().min(1).default('MediNest'),
});
export type ClientEnv = z.infer<typeof clientEnvSchema>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

type Source = Record<string, string | undefined>;

export function generateSecret(name: Exclude<SecretName, (typeof VAPID_KEY_NAMES)[number]>): string {
  return name === 'FILE_ENCRYPTION_KEY' || name === 'TOTP_ENCRYPTION_KEY'
    ? randomBytes(32).toString('base64')
    : randomBytes(36).toString('base64url');
}

/** Fresh values for the missing secrets; the VAPID keys are made as a pair whenever either is missing. */
export function generateSecrets(missing: readonly SecretName[]): Partial<Record<SecretName, string>> {
  const generated: Partial<Record<SecretName, string>> = {};
  for (const name of missing) {
    if (name !== 'VAPID_PUBLIC_KEY' && name !== 'VAPID_PRIVATE_KEY') generated[name] = generateSecret(name);
  }
  if (missing.some((name) => name === 'VAPID_PUBLIC_KEY' || name === 'VAPID_PRIVATE_KEY')) Object.assign(generated, generateVapidKeys());
  return generated;
}

/**
 * Validates the environment. `devSecrets` supplies generated secrets outside production; in
 * production (except while `next build` runs, which serves nothing) a missing secret is an error
 * that names the variable.
 */
export function parseServerEnv(source: Source, devSecrets?: () => Partial<Record<SecretName, string>>): ServerEnv {
  const input: Source = { ...source };
  const production = (input.NODE_ENV ?? 'development') === 'production';
  const building = input.NEXT_PHASE === 'phase-production-build';
  const missing = SECRET_NAMES.filter((name) => !input[name]);
  let usingGeneratedSecrets = false;

  if (missing.length > 0 && (!production || building)) {
    const generated = building ? generateSecrets(missing) : devSecrets?.() ?? {};
    for (const name of missing) input[name] = generated[name];
    usingGeneratedSecrets = true;
  }

  const result = serverEnvSchema.safeParse(input);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? 'environment');
      const message = input[name] === undefined || input[name] === '' ? 'is required' : issue.message;
      problems.push(`${name} ${message}`);
    }
    throw new ConfigurationError(problems);
  }

  const env = result.data;
  if (production && !building) {
    const sandboxKey = env.ESEWA_SECRET_KEY === ESEWA_TEST_SECRET_KEY || env.ESEWA_PRODUCT_CODE === ESEWA_TEST_PRODUCT_CODE;
    if (sandboxKey && !env.ESEWA_ALLOW_TEST_KEY) {
      problems.push('ESEWA_SECRET_KEY and ESEWA_PRODUCT_CODE must be your live eSewa merchant values in production (set ESEWA_ALLOW_TEST_KEY=1 only for a staging site)');
    }
    if (!env.ESEWA_FORM_URL) problems.push('ESEWA_FORM_URL is required in production (the local eSewa sandbox is for development only)');
    if (!env.ESEWA_STATUS_URL) problems.push('ESEWA_STATUS_URL is required in production');
    if (Boolean(env.KHALTI_SECRET_KEY) !== Boolean(env.KHALTI_BASE_URL)) {
      problems.push('KHALTI_SECRET_KEY and KHALTI_BASE_URL go together in production (set both to offer Khalti, neither to leave it out; the local Khalti sandbox is for development only)');
    }
    if (env.KHALTI_SECRET_KEY === KHALTI_TEST_SECRET_KEY && !env.KHALTI_ALLOW_TEST_KEY) {
      problems.push('KHALTI_SECRET_KEY must be your own merchant key in production (set KHALTI_ALLOW_TEST_KEY=1 only for a staging site)');
    }
    if (!env.UPSTASH_REDIS_REST_URL && !env.SINGLE_INSTANCE) {
      problems.push(
        'UPSTASH_REDIS_REST_URL is required in production so sign-in locks and rate limits are shared by every instance (set SINGLE_INSTANCE=1 only if the shop runs as exactly one server process)',
      );
    }
    if (!env.DATABASE_URL && !env.ALLOW_EMBEDDED_DATABASE) {
      problems.push('DATABASE_URL is required in production: the embedded database is for development (set ALLOW_EMBEDDED_DATABASE=1 to run it anyway)');
    }
    if (!env.VAPID_SUBJECT) problems.push('VAPID_SUBJECT is required in production: a mailto: address or https: URL push services can reach you at');
    if (problems.length > 0) throw new ConfigurationError(problems);
  }
  const vapidSubjectOrDefault = env.VAPID_SUBJECT ?? DEVELOPMENT_VAPID_SUBJECT;
  if (!vapidKeysMatch(env.VAPID_PUBLIC_KEY, env.VAPID_PRIVATE_KEY)) {
    throw new ConfigurationError(['VAPID_PUBLIC_KEY is not the public key of VAPID_PRIVATE_KEY: set both from one `npx web-push generate-vapid-keys`']);
  }
  if (env.DATABASE_REPLICA_URL && !env.DATABASE_URL) {
    throw new ConfigurationError(['DATABASE_REPLICA_URL needs DATABASE_URL: a replica follows a PostgreSQL server, not the embedded database']);
  }
  if (env.SPARROW_SMS_TOKEN && !env.SPARROW_SMS_FROM) {
    throw new ConfigurationError(['SPARROW_SMS_FROM (the sender identity Sparrow SMS gave you) is required when SPARROW_SMS_TOKEN is set']);
  }
  // Without a gateway no verification code can be sent, so no shopper could ever pay cash on delivery.
  if (production && !building && env.COD_REQUIRES_VERIFIED_PHONE && !env.SPARROW_SMS_TOKEN && !env.AAKASH_SMS_TOKEN) {
    throw new ConfigurationError([
      'Cash on delivery needs a verified mobile number, but no SMS gateway is set to send the codes: set SPARROW_SMS_TOKEN or AAKASH_SMS_TOKEN, or COD_REQUIRES_VERIFIED_PHONE=0 to take cash on delivery from unverified numbers',
    ]);
  }
  if (env.PRESCRIPTION_WAIT_ALERT_MINUTES && !env.PHARMACIST_ON_DUTY_PHONE) {
    throw new ConfigurationError(['PHARMACIST_ON_DUTY_PHONE is required when PRESCRIPTION_WAIT_ALERT_MINUTES is set']);
  }
  if (env.UPSTASH_REDIS_REST_URL && !env.UPSTASH_REDIS_REST_TOKEN) {
    throw new ConfigurationError(['UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set']);
  }
  const esewaSandbox = !production && !env.ESEWA_FORM_URL;
  if (esewaSandbox) {
    const sandbox = esewaSandboxUrls(env.ESEWA_SANDBOX_PORT);
    env.ESEWA_FORM_URL = sandbox.formUrl;
    env.ESEWA_STATUS_URL ??= sandbox.statusUrl;
  }
  const khaltiSandbox = !production && !env.KHALTI_BASE_URL;
  if (khaltiSandbox) {
    env.KHALTI_BASE_URL = khaltiSandboxBaseUrl(env.KHALTI_SANDBOX_PORT);
    env.KHALTI_SECRET_KEY ??= KHALTI_TEST_SECRET_KEY;
  } else if (!production && env.KHALTI_BASE_URL && !env.KHALTI_SECRET_KEY) {
    throw new ConfigurationError(['KHALTI_SECRET_KEY is required when KHALTI_BASE_URL is set']);
  }
  const khaltiEnabled = Boolean(env.KHALTI_BASE_URL && env.KHALTI_SECRET_KEY);
  return { ...env, VAPID_SUBJECT: vapidSubjectOrDefault, embeddedDatabase: !env.DATABASE_URL, usingGeneratedSecrets, esewaSandbox, khaltiSandbox, khaltiEnabled, building };
}

export function parseClientEnv(source: Source): ClientEnv {
  return clientEnvSchema.parse({ NEXT_PUBLIC_SITE_NAME: source.NEXT_PUBLIC_SITE_NAME });
}

/**
 * `npm run db:backup` and `npm run db:restore` read only these: they never generate secrets (a
 * restore must bring the archived ones back, not make new ones) and need none of the app's.
 */
export const backupEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: postgresUrl.optional().or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  BACKUP_DIR: z.string().trim().min(1).default('backups'),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
  // A passphrase (or random key) of at least 16 characters; the archive key is derived with scrypt.
  BACKUP_ENCRYPTION_KEY: z.string().min(16, 'must be at least 16 characters (openssl rand -base64 32)').optional().or(z.literal('').transform(() => undefined)),
  // Where pg_dump and pg_restore are; they must be at least the server's major version.
  POSTGRES_BIN_DIR: optionalText,
});
export type BackupEnv = z.infer<typeof backupEnvSchema>;

export function parseBackupEnv(source: Source): BackupEnv {
  const result = backupEnvSchema.safeParse(source);
  if (!result.success) throw new ConfigurationError(result.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`));
  return result.data;
}
