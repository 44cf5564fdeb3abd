import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { db } from '@/db/client';
import { ipLimitKey } from '@/lib/auth/attempt-limits';
import { env } from '@/lib/env';
import { kv } from '@/lib/kv';
import { logger } from '@/lib/observability/logger';
import { authenticate, authenticatePartner, bearerToken, unauthorized, type ApiCaller } from './authenticate';
import { apiClientIp } from './client';
import type { Endpoint } from './contract/endpoint';
import { corsHeaders, preflightHeaders } from './cors';
import { problemFromError } from './domain-errors';
import { etagOf, matchesIfNoneMatch } from './etag';
import { apiAccessKey } from './keys';
import { isPartnerKey, recordPartnerKeyUse, type PartnerCaller } from './partner-keys';
import { ApiProblem, problemResponse } from './problem';
import { checkApiRate } from './rate-limit';
import type { ApiResult } from './respond';
import { parseInput, queryOf, readJsonBody } from './validation';

type Output<T> = T extends z.ZodType ? z.output<T> : undefined;

export type ApiContext<E extends Endpoint> = {
  request: Request;
  requestId: string;
  ip: string | null;
  params: Output<E['params']>;
  query: Output<E['query']>;
  body: E['body'] extends z.ZodType ? z.output<E['body']> : undefined;
} & (E['access'] extends 'customer' | 'staff' ? { caller: ApiCaller } : { caller: null }) &
  (E['access'] extends 'partner' ? { partner: PartnerCaller } : { partner: PartnerCaller | null });

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Wraps an API operation: CORS, authentication (bearer access token), the rate limit, input
 * parsing by the endpoint's own schemas, ETags, and every error as problem+json. Domain errors
 * keep their safe messages; anything else is logged with the request id and answered as a bare 500.
 */
export function apiRoute<E extends Endpoint>(endpoint: E, fn: (context: ApiContext<E>) => Promise<ApiResult | Response>) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    const requestId = request.headers.get('x-request-id') ?? randomUUID();
    const extra: Record<string, string> = { ...corsHeaders(request.headers.get('origin'), env.API_CORS_ORIGINS), 'X-Request-Id': requestId };
    let response: Response;
    try {
      const ip = apiClientIp(request);
      const { caller, partner } = await rateLimitedCaller(endpoint, request, ip, extra);
      const params = endpoint.params ? parseParams(endpoint.params, (await route?.params) ?? {}) : undefined;
      const query = endpoint.query ? parseInput(endpoint.query, queryOf(request)) : undefined;
      const body = endpoint.body && endpoint.body !== 'multipart-file' ? parseInput(endpoint.body, await readJsonBody(request)) : undefined;
      const result = await fn({ request, requestId, ip, caller, partner, params, query, body } as unknown as ApiContext<E>);
      response = result instanceof Response ? result : toResponse(endpoint, request, result);
    } catch (error) {
      const problem = problemFromError(error);
      if (!problem) logger.error({ requestId, operation: endpoint.operationId, err: error instanceof Error ? error : new Error(String(error)) }, 'api request failed');
      response = problemResponse(problem ?? new ApiProblem('internal', 'Something went wrong. Please try again.'), requestId);
    }
    for (const [name, value] of Object.entries(extra)) if (!response.headers.has(name)) response.headers.set(name, value);
    return response;
  };
}

/** The OPTIONS export of every /api/v1 route: the CORS preflight. */
export async function preflight(request: Request): Promise<Response> {
  return new Response(null, { status: 204, headers: preflightHeaders(request.headers.get('origin'), env.API_CORS_ORIGINS) });
}

// Counted per session once signed in, per partner key, or per address otherwise (failed token
// checks included, so guessing tokens is limited too); the refusal of a bad token comes after its
// request was counted. Every request a live partner key makes is audited, refused ones too.
async function rateLimitedCaller(endpoint: Endpoint, request: Request, ip: string | null, headers: Record<string, string>): Promise<{ caller: ApiCaller | null; partner: PartnerCaller | null }> {
  let caller: ApiCaller | null = null;
  let partner: PartnerCaller | null = null;
  let refusal: unknown = null;
  try {
    // A public read ignores an Authorization header it cannot use; only a partner key counts there.
    const token = endpoint.access === 'public' ? publicBearer(request) : bearerToken(request);
    if (endpoint.access === 'customer' || endpoint.access === 'staff') {
      if (!token) throw unauthorized(null, 'Send an access token: Authorization: Bearer <token> (POST /api/v1/auth/token).');
      caller = await authenticate(db, apiAccessKey(), token, endpoint.access === 'staff' ? { kind: 'staff', scope: endpoint.staffScope! } : { kind: 'customer' });
    } else if (endpoint.access === 'partner' || (endpoint.scope && token && isPartnerKey(token))) {
      partner = await authenticatePartner(db, token, endpoint.scope!, async (key, allowed) => recordPartnerKeyUse(key, { operation: endpoint.operationId, ip, allowed }));
    }
  } catch (error) {
    refusal = error;
  }
  const subject = caller ? `session:${caller.sessionId}` : partner ? `key:${partner.keyId}` : `ip:${ipLimitKey(ip)}`;
  const decision = await checkApiRate(kv, partner ? 'partner' : (endpoint.ratePolicy ?? 'default'), subject);
  Object.assign(headers, decision.headers);
  if (!decision.allowed) throw new ApiProblem('too-many-requests', 'Too many requests. Wait and try again.', { headers: { 'Retry-After': decision.headers['Retry-After']! } });
  if (refusal) throw refusal;
  return { caller, partner };
}

function publicBearer(request: Request): string | null {
  try {
    return bearerToken(request);
  } catch {
    return null;
  }
}

// A malformed id in the path names nothing: 404, as for an id that does not exist.
function parseParams(schema: z.ZodObject, raw: Record<string, string | string[]>): unknown {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiProblem('not-found', 'Not found.');
  return parsed.data;
}

function toResponse(endpoint: Endpoint, request: Request, result: ApiResult): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...result.headers };
  if (result.body === undefined) return new Response(null, { status: result.status, headers });
  const text = JSON.stringify(result.body);
  headers['Content-Type'] = 'application/json; charset=utf-8';
  if (endpoint.etag && result.status === 200) {
    const etag = etagOf(text);
    // Public catalog data: any cache may keep it, but must ask again (cheaply, with the ETag) each time.
    Object.assign(headers, { ETag: etag, 'Cache-Control': 'public, no-cache' });
    if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: result.status, headers });
}
