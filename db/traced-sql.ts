import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { Sql } from 'postgres';

/**
 * Times every SQL statement for /api/metrics and, when tracing is on (lib/observability/tracing.ts), makes it a CLIENT span under the request's
 * span, with the statement text. postgres.js has no hooks, so the pool is wrapped: `unsafe` (every
 * Drizzle query), tagged-template calls, and `begin`/`savepoint`, whose callback gets a wrapped
 * transaction and runs under a `db.transaction` span.
 *
 * Statements are Drizzle's parameterised text (`$1`, `$2`): parameter values, which hold names,
 * phone numbers and tokens, never reach a span.
 */
const tracer = trace.getTracer('medinest-db');

/**
 * Told of every statement's duration. lib/observability/metrics.ts sets it on globalThis (db/
 * stands on configuration alone, and every route bundle has its own copy of this module), so
 * statements count as `medinest_db_query_duration_seconds` wherever the metrics registry is loaded.
 */
export type StatementObserver = (operation: string, seconds: number, failed: boolean) => void;
const statementObserver = () => (globalThis as { medinestStatementObserver?: StatementObserver }).medinestStatementObserver;
const OPERATIONS = new Set(['select', 'insert', 'update', 'delete', 'with', 'begin', 'commit', 'rollback', 'savepoint', 'set', 'lock', 'create', 'alter', 'drop', 'truncate', 'copy']);
const MAX_STATEMENT_CHARS = 2_000;

export function operationOf(statement: string): string {
  const word = /^\s*([A-Za-z]+)/.exec(statement)?.[1]?.toLowerCase() ?? '';
  return OPERATIONS.has(word) ? word : 'other';
}

/** The first table a statement names: `select … from "products"` → products, `update inventory_batches b` → inventory_batches. */
export function tableOf(statement: string): string | undefined {
  return /\b(?:from|into|update|join)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?/i.exec(statement)?.[1];
}

function observe<T>(query: PromiseLike<T>, statement: string, database: string): void {
  const operation = operationOf(statement);
  const started = process.hrtime.bigint();
  const span: Span | undefined = trace.getSpan(context.active())?.isRecording()
    ? tracer.startSpan(`${operation.toUpperCase()}${tableOf(statement) ? ` ${tableOf(statement)}` : ''}`, {
        kind: SpanKind.CLIENT,
        attributes: { 'db.system.name': 'postgresql', 'db.namespace': database, 'db.operation.name': operation.toUpperCase(), 'db.query.text': statement.slice(0, MAX_STATEMENT_CHARS) },
      })
    : undefined;
  const finish = (error?: unknown) => {
    statementObserver()?.(operation, Number(process.hrtime.bigint() - started) / 1e9, error !== undefined);
    if (span) {
      if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
    }
  };
  // Promise.prototype.then, not the query's own `then`: observing must not start a lazy query.
  Promise.prototype.then.call(query, () => finish(), (error: unknown) => finish(error));
}

type AnySql = Sql<Record<string, never>>;

export function tracedSql<T extends AnySql>(sql: T, database: string): T {
  return new Proxy(sql, {
    apply(target, thisArg, args: unknown[]) {
      const query = Reflect.apply(target, thisArg, args) as unknown;
      const strings = args[0];
      // Only a tagged-template call runs a statement; sql(value) builds a fragment.
      if (Array.isArray(strings) && 'raw' in strings && isThenable(query)) {
        observe(query, (strings as string[]).reduce((text, part, i) => `${text}$${i}${part}`), database);
      }
      return query;
    },
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'unsafe') {
        return (statement: string, ...rest: unknown[]) => {
          const query = (value as (...a: unknown[]) => unknown).call(target, statement, ...rest);
          if (isThenable(query)) observe(query, statement, database);
          return query;
        };
      }
      if (property === 'begin' || property === 'savepoint') {
        return (...args: unknown[]) => {
          const callback = args.at(-1);
          if (typeof callback !== 'function') return (value as (...a: unknown[]) => unknown).apply(target, args);
          const wrapped = (tx: AnySql) =>
            tracer.startActiveSpan(property === 'begin' ? 'db.transaction' : 'db.savepoint', { kind: SpanKind.INTERNAL, attributes: { 'db.system.name': 'postgresql' } }, async (span) => {
              try {
                return await (callback as (tx: AnySql) => unknown)(tracedSql(tx, database));
              } catch (error) {
                span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
                throw error;
              } finally {
                span.end();
              }
            });
          return (value as (...a: unknown[]) => unknown).apply(target, [...args.slice(0, -1), wrapped]);
        };
      }
      return value;
    },
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
