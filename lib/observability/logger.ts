import 'server-only';
import pino from 'pino';
import { env } from '@/lib/env';

/** Structured JSON logs; one line per event, with a request id where there is one. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'medinest' },
  redact: { paths: ['password', '*.password', 'token', '*.token', 'secret', '*.secret', 'authorization'], censor: '[redacted]' },
});
