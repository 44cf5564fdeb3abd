import { createServer } from 'node:http';
import { listenLocally, readBody } from './fake-http';

/**
 * A local OTLP/HTTP trace receiver: what an OpenTelemetry collector's `otlphttp` receiver accepts
 * on POST /v1/traces in the JSON encoding (ExportTraceServiceRequest; ids as hex), which is what
 * @opentelemetry/exporter-trace-otlp-http sends. It keeps the spans it received, flattened, so
 * tests can read them (in-process, or over GET /_test/spans from another process).
 */
export type ReceivedSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  service?: string;
  attributes: Record<string, string | number | boolean>;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  status?: { code?: number; message?: string };
};

export type OtlpReceiver = { url: string; spans: ReceivedSpan[]; stop(): Promise<void> };

type AnyValue = { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean };
type KeyValue = { key: string; value: AnyValue };
type ExportRequest = {
  resourceSpans?: Array<{
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: Array<{ spans?: Array<Omit<ReceivedSpan, 'attributes' | 'service'> & { attributes?: KeyValue[] }> }>;
  }>;
};

const MAX_BODY_BYTES = 10 * 1024 * 1024;

function flatten(attributes: KeyValue[] = []): ReceivedSpan['attributes'] {
  const out: ReceivedSpan['attributes'] = {};
  for (const { key, value } of attributes) {
    const v = value.stringValue ?? value.boolValue ?? value.doubleValue ?? (value.intValue === undefined ? undefined : Number(value.intValue));
    if (v !== undefined) out[key] = v;
  }
  return out;
}


export async function startOtlpReceiver(options: { port?: number; maxSpans?: number } = {}): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  // A whole browser-test run is traced: keep the newest spans only.
  const maxSpans = options.maxSpans ?? 50_000;
  const server = createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://receiver').pathname;
    if (path === '/_test/spans' && request.method === 'GET') {
      const traceId = new URL(request.url ?? '/', 'http://receiver').searchParams.get('traceId');
      return reply(200, traceId ? spans.filter((span) => span.traceId === traceId) : spans);
    }
    if (path !== '/v1/traces' || request.method !== 'POST') return reply(404, { message: 'not found' });
    if (!String(request.headers['content-type']).startsWith('application/json')) return reply(415, { message: 'only the JSON encoding' });
    readBody(request, MAX_BODY_BYTES).then(
      (text) => {
        const body = JSON.parse(text) as ExportRequest;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service = flatten(resourceSpans.resource?.attributes)['service.name'];
          for (const scope of resourceSpans.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              spans.push({ ...span, parentSpanId: span.parentSpanId || undefined, service: typeof service === 'string' ? service : undefined, attributes: flatten(span.attributes) });
            }
          }
        }
        if (spans.length > maxSpans) spans.splice(0, spans.length - maxSpans);
        reply(200, { partialSuccess: {} });
      },
      () => reply(400, { message: 'unreadable body' }),
    );
  });
  const { url, stop } = await listenLocally(server, options.port);
  return { url, spans, stop };
}

/** The spans of one trace that a receiver in another process holds (the e2e server's). */
export async function receivedSpans(receiverUrl: string, traceId: string): Promise<ReceivedSpan[]> {
  const response = await fetch(`${receiverUrl}/_test/spans?traceId=${encodeURIComponent(traceId)}`);
  return (await response.json()) as ReceivedSpan[];
}
