import { z } from 'zod';
import { ApiProblem } from './problem';

/**
 * Opaque pagination cursors: base64url JSON that clients pass back unchanged. A cursor that does
 * not decode to the expected shape is a 400, never a 500 or a silently different page.
 */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | undefined): z.output<S> | null {
  if (cursor === undefined) return null;
  let raw: unknown;
  try {
    raw = /^[A-Za-z0-9_-]+$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiProblem('invalid-request', 'The cursor is not valid; start again without one.', { errors: { cursor: ['Invalid cursor'] } });
  return parsed.data;
}
