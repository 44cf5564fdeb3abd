import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The id of the trace the current code runs in, or undefined when tracing is off. proxy.ts makes it
 * the request id, so a log line, the reference on an error page and the trace in the collector carry
 * the same 32 hex digits.
 */
export function activeTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
