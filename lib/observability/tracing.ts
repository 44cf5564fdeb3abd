import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace';

const URL_ATTRIBUTES = ['http.target', 'http.url', 'url.full', 'url.query'];

/**
 * Next records the request's path with its query (`http.target`), and queries carry search text
 * and one-time tokens (password reset, email verification). The collector gets the path only, as
 * the logs do (lib/observability/request-error.ts).
 */
export const withoutQueries: SpanProcessor = {
  onStart(span: Span) {
    for (const name of URL_ATTRIBUTES) {
      const value = span.attributes[name];
      if (name === 'url.query' && value !== undefined) span.setAttribute(name, '');
      else if (typeof value === 'string' && value.includes('?')) span.setAttribute(name, value.slice(0, value.indexOf('?')));
    }
  },
  onEnd() {},
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

/**
 * OpenTelemetry for this process, started by instrumentation.ts only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise the API stays a no-op and costs nothing.
 *
 * Next.js traces requests, rendering and route handlers itself through the global
 * @opentelemetry/api once a provider is registered; db/traced-sql.ts adds a span per SQL
 * statement. The exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself (endpoint,
 * headers, timeout) and posts OTLP/HTTP JSON to `<endpoint>/v1/traces`.
 */
export function startTracing(options: { serviceName: string; instanceId?: string; exportDelayMs?: number }): { shutdown(): Promise<void> } {
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      'service.name': options.serviceName,
      ...(options.instanceId ? { 'service.instance.id': options.instanceId } : {}),
    }),
    spanProcessors: [withoutQueries, new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: options.exportDelayMs ?? 5_000 })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // traceparent from a load balancer or an app continues its trace; tracestate and baggage pass on.
  propagation.setGlobalPropagator(new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }));
  trace.setGlobalTracerProvider(provider);

  // Spans still queued when the server stops are sent before it exits.
  const shutdown = () => provider.shutdown().catch(() => {});
  process.once('SIGTERM', () => void shutdown());
  process.once('beforeExit', () => void shutdown());
  return { shutdown };
}
