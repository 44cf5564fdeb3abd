import 'server-only';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { AakashSmsGateway } from './aakash';
import { LogSmsGateway, type SmsGateway } from './gateway';
import { SparrowSmsGateway } from './sparrow';

/** Sparrow SMS when its token is set, else Aakash SMS, else the log (the outbox still shows every SMS). */
export function defaultSmsGateway(): SmsGateway {
  if (env.SPARROW_SMS_TOKEN && env.SPARROW_SMS_FROM) {
    return new SparrowSmsGateway({ token: env.SPARROW_SMS_TOKEN, from: env.SPARROW_SMS_FROM, baseUrl: env.SPARROW_SMS_BASE_URL, timeoutMs: env.SMS_TIMEOUT_MS });
  }
  if (env.AAKASH_SMS_TOKEN) return new AakashSmsGateway({ token: env.AAKASH_SMS_TOKEN, baseUrl: env.AAKASH_SMS_BASE_URL, timeoutMs: env.SMS_TIMEOUT_MS });
  return new LogSmsGateway(logger, env.NODE_ENV !== 'production');
}
