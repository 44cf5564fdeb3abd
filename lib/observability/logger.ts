import 'server-only';
import pino from 'pino';
import { env } from '@/lib/env';
import { activeTraceId } from './trace-id';

/** Structured JSON logs; one line per event, with a request id where there is one. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'medinest' },
  // With tracing on, every line written while serving a request names its trace (= request id).
  mixin: () => {
    const traceId = activeTraceId();
    return traceId ? { traceId } : {};
  },
  redact: { paths: ['password', '*.password', 'token', '*.token', 'secret', '*.secret', 'authorization'], censor: '[redacted]' },
});
