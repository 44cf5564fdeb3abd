import type { z } from 'zod';
import { hasControlCharacters } from '@/lib/security/control-characters';
import { ApiProblem } from './problem';

/** JSON bodies of the API are small (an address is the largest); uploads have their own limit. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_body';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * Reads at most `limit` bytes, even without a Content-Length (chunked), then parses JSON. An empty
 * body without a Content-Type is `{}`: a POST whose fields are all optional may send nothing.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type');
  if (Number(request.headers.get('content-length') ?? '0') > limit) throw new ApiProblem('payload-too-large', `The body may be at most ${limit} bytes.`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        throw new ApiProblem('payload-too-large', `The body may be at most ${limit} bytes.`);
      }
      chunks.push(value);
    }
  }
  if (total === 0 && !type) return {};
  if (!/^application\/([a-z.+-]+\+)?json\s*(;|$)/i.test(type ?? '')) throw new ApiProblem('unsupported-media-type', 'Send the body as application/json.');
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiProblem('invalid-request', 'The body is not valid JSON.');
  }
}

/** Paths of strings anywhere in the value that hold a control character other than tab, CR or LF. */
export function controlCharacterPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return hasControlCharacters(value, { allowLineBreaks: true }) ? [path.join('.') || '_body'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterPaths(item, [...path, String(index)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(hasControlCharacters(key) ? [[...path, '(key)'].join('.')] : []),
      ...controlCharacterPaths(item, [...path, key]),
    ]);
  }
  return [];
}

/**
 * Validates input with zod; a failure is a 400 naming each field. Control characters are refused
 * first, everywhere in the value: PostgreSQL refuses NUL in text, which would otherwise be a 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const controlled = controlCharacterPaths(value);
  if (controlled.length > 0) {
    throw new ApiProblem('invalid-request', 'The request contains control characters.', {
      errors: Object.fromEntries(controlled.map((p) => [p, ['Remove the invisible control characters from this field']])),
    });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiProblem('invalid-request', 'The request is not valid.', { errors: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/** Query parameters as a plain object (the first value of each). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
