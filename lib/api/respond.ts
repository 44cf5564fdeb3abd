import type { z } from 'zod';

/** A handler's answer: a status and a body already shaped by its response schema. */
export type ApiResult = { status: number; body?: unknown; headers?: Record<string, string> };

class ResponseShapeError extends Error {}

/**
 * Passes a domain result through the documented response schema: fields the schema does not name
 * are dropped, so no internal column leaves by accident, and a shape that does not match the
 * document is a 500 here rather than a surprise in a client.
 */
export function shaped<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(data)));
  if (!parsed.success) throw new ResponseShapeError(`response does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

export const ok = <S extends z.ZodType>(schema: S, data: unknown, status = 200): ApiResult => ({ status, body: shaped(schema, data) });
export const noContent = (): ApiResult => ({ status: 204 });
