/**
 * CORS for /api/v1: only origins listed in API_CORS_ORIGINS get the headers, so no other web page
 * can read our answers from a shopper's browser. Credentials are never allowed: the API takes a
 * bearer token, never a cookie.
 */
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match';
export const CORS_EXPOSED_HEADERS = 'ETag, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id, Location';

export function corsHeaders(origin: string | null, allowed: readonly string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS, Vary: 'Origin' };
}

/** The answer to a preflight: 204 with the permissions for an allowed origin, 204 without for others. */
export function preflightHeaders(origin: string | null, allowed: readonly string[]): Record<string, string> {
  const base = corsHeaders(origin, allowed);
  if (!base['Access-Control-Allow-Origin']) return base;
  return { ...base, 'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS', 'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS, 'Access-Control-Max-Age': '600' };
}
