import { context, trace } from '@opentelemetry/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '@/test-support/otlp-receiver';
import { metrics } from './metrics';
import { startTracing } from './tracing';

/**
 * Tracing as production runs it: the real SDK and OTLP/HTTP exporter posting to a local receiver,
 * and SQL through the app's own pool (db/connection.ts wraps postgres.js in db/traced-sql.ts) on a
 * real database.
 */
let receiver: OtlpReceiver;
let tracing: { shutdown(): Promise<void> };
let scratch: ScratchDatabase;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
  tracing = startTracing({ serviceName: 'medinest-test', exportDelayMs: 50 });
  scratch = await createScratchDatabase({ prefix: 'medinest_tracing', migrate: false });
  await scratch.db.execute(sql`create table trace_probe (id serial primary key, note text not null)`);
});

afterAll(async () => {
  await tracing?.shutdown();
  await scratch?.drop();
  await receiver?.stop();
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
});

const tracer = () => trace.getTracer('tracing-test');

async function spansOf(traceId: string, atLeast: number): Promise<ReceivedSpan[]> {
  await expect.poll(() => receiver.spans.filter((span) => span.traceId === traceId).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(atLeast);
  return receiver.spans.filter((span) => span.traceId === traceId);
}

describe('tracing', () => {
  it('exports statements as client spans under the request span, with their text and never their parameters', async () => {
    const traceId = await tracer().startActiveSpan('GET /products/[slug]', async (root) => {
      await scratch.db.execute(sql`select ${'a-private-phone-9800000000'}::text as value`);
      await scratch.db.transaction(async (tx) => {
        await tx.execute(sql`insert into "trace_probe" (note) values (${'note-secret'})`);
        await tx.execute(sql`update "trace_probe" set note = ${'other-secret'}`);
      });
      root.end();
      return root.spanContext().traceId;
    });

    const spans = await spansOf(traceId, 5);
    const root = spans.find((span) => span.name === 'GET /products/[slug]')!;
    expect(root.service).toBe('medinest-test');
    const select = spans.find((span) => span.name === 'SELECT')!;
    expect(select).toMatchObject({ parentSpanId: root.spanId, kind: 3 /* CLIENT */ });
    expect(select.attributes).toMatchObject({ 'db.system.name': 'postgresql', 'db.operation.name': 'SELECT', 'db.query.text': 'select $1::text as value' });
    expect(select.attributes['db.namespace']).toMatch(/^medinest_tracing_/);

    const transaction = spans.find((span) => span.name === 'db.transaction')!;
    expect(transaction.parentSpanId).toBe(root.spanId);
    const insert = spans.find((span) => span.name === 'INSERT trace_probe')!;
    const update = spans.find((span) => span.name === 'UPDATE trace_probe')!;
    expect(insert.parentSpanId).toBe(transaction.spanId);
    expect(update.parentSpanId).toBe(transaction.spanId);
    expect(insert.attributes['db.query.text']).toBe('insert into "trace_probe" (note) values ($1)');

    expect(JSON.stringify(spans)).not.toMatch(/secret|9800000000/);
  });

  it('sends request paths without their queries, which can carry tokens and search text', async () => {
    const traceId = tracer().startActiveSpan('GET', { attributes: { 'http.target': '/reset-password?token=0123456789abcdef', 'http.method': 'GET' } }, (root) => {
      root.end();
      return root.spanContext().traceId;
    });
    const [root] = await spansOf(traceId, 1);
    expect(root!.attributes['http.target']).toBe('/reset-password');
    expect(JSON.stringify(root)).not.toContain('0123456789abcdef');
  });

  it('marks a failed statement as an error and counts it', async () => {
    const before = await errorCount();
    const traceId = await tracer().startActiveSpan('POST /checkout', async (root) => {
      await expect(scratch.db.execute(sql`select * from "no_such_table"`)).rejects.toThrow();
      root.end();
      return root.spanContext().traceId;
    });
    const spans = await spansOf(traceId, 2);
    expect(spans.find((span) => span.name === 'SELECT no_such_table')?.status?.code).toBe(2 /* ERROR */);
    expect(await errorCount()).toBe(before + 1);
  });

  it('makes no spans outside a traced request, but still times the statement', async () => {
    const before = receiver.spans.length;
    const timed = async () => (await metrics.dbQueryDuration.get()).values.find((v) => v.metricName === 'medinest_db_query_duration_seconds_count' && v.labels.operation === 'select' && v.labels.outcome === 'ok')?.value ?? 0;
    const count = await timed();
    await context.with(trace.deleteSpan(context.active()), () => scratch.db.execute(sql`select 1`));
    expect(await timed()).toBe(count + 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.spans.slice(before).filter((span) => span.name === 'SELECT')).toHaveLength(0);
  });

  it('does not start a query by observing it: postgres.js queries stay lazy until awaited', async () => {
    const pending = scratch.db.$client.unsafe(`insert into "trace_probe" (note) values ('lazy')`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const count = async () => (await scratch.db.$client.unsafe<{ n: number }[]>(`select count(*)::int as n from "trace_probe" where note = 'lazy'`))[0]?.n;
    expect(await count()).toBe(0);
    await pending;
    expect(await count()).toBe(1);
  });
});

async function errorCount(): Promise<number> {
  const values = (await metrics.dbQueryDuration.get()).values;
  return values.find((v) => v.metricName === 'medinest_db_query_duration_seconds_count' && v.labels.operation === 'select' && v.labels.outcome === 'error')?.value ?? 0;
}
