import { z } from 'zod';
import type { Endpoint } from './contract/endpoint';
import { endpoints } from './contract/endpoints';
import { problemSchema } from './contract/schemas';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, webhookEnvelopeSchema } from '@/lib/webhooks/events';
import { RATE_POLICIES } from './rate-limit';

/**
 * The OpenAPI 3.1 document, generated from the endpoint list and its zod schemas with zod's own
 * z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Schemas with a `meta({ id })`
 * become components; everything else is inlined where it is used.
 */
export const API_VERSION = '1.0.0';

type Json = Record<string, unknown>;

export function buildOpenApiDocument(serverUrl: string): Json {
  const components: Record<string, unknown> = {};
  const convert = (schema: z.ZodType, io: 'input' | 'output'): Json => {
    const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline' }) as Json;
    const { $defs, $schema: _ignored, ...rest } = json as Json & { $defs?: Record<string, unknown> };
    // Request and response forms of one component differ (defaults, coercion): keep both apart.
    const suffix = io === 'input' ? 'Input' : '';
    const rename = (text: string) => text.replace(/"#\/\$defs\/([^"]+)"/g, (_m, id: string) => `"#/components/schemas/${componentName(id, suffix)}"`);
    for (const [id, def] of Object.entries($defs ?? {})) components[componentName(id, suffix)] = JSON.parse(rename(JSON.stringify(def)));
    const id = schema.meta()?.id as string | undefined;
    if (!id) return JSON.parse(rename(JSON.stringify(rest)));
    components[componentName(id, suffix)] = JSON.parse(rename(JSON.stringify(rest)));
    return { $ref: `#/components/schemas/${componentName(id, suffix)}` };
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of Object.values(endpoints) as Endpoint[]) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(endpoint, convert);
  }
  convert(problemSchema, 'output');
  const webhooks = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, { post: webhookOperation(type, convert(webhookEnvelopeSchema(type), 'output')) }]));

  return {
    openapi: '3.1.0',
    info: {
      title: 'MediNest API',
      version: API_VERSION,
      description:
        'The public API of the MediNest pharmacy, for the shop\'s apps. Errors are RFC 9457 problem details; lists page with opaque cursors; catalog reads carry ETags. ' +
        'Versioning policy: docs/API.md.',
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, '')}/api/v1` }],
    tags: ['auth', 'catalog', 'cart', 'addresses', 'checkout', 'orders', 'prescriptions', 'partners', 'staff', 'meta', 'webhooks'].map((name) => ({ name })),
    paths,
    webhooks,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from POST /auth/token, valid 15 minutes.' },
        partnerKey: { type: 'http', scheme: 'bearer', bearerFormat: 'mnk_…', description: 'A partner API key issued by an admin (/admin/api-keys), with scopes; every use is audited.' },
      },
      headers: {
        RateLimit: { description: 'Remaining requests and seconds to reset of the policy applied (IETF draft).', schema: { type: 'string' } },
        'RateLimit-Policy': {
          description: `Quota and window: ${Object.entries(RATE_POLICIES).map(([name, p]) => `${name} ${p.limit}/${p.windowSeconds}s`).join(', ')}.`,
          schema: { type: 'string' },
        },
      },
    },
  };
}

function componentName(id: string, suffix: string): string {
  return id.endsWith('Input') || !suffix ? id : `${id}${suffix}`;
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (problem+json with `errors` per field).',
  401: 'No access token, or an invalid or expired one.',
  403: 'Not allowed for this account.',
  404: 'Not found, or not yours.',
  409: 'Conflicts with the current state.',
  413: 'Body too large.',
  415: 'Body is not JSON.',
  422: 'Understood, but cannot be done now.',
  429: 'Rate limited; see Retry-After.',
  500: 'Unexpected error (logged with the request id).',
};

function operation(endpoint: Endpoint, convert: (schema: z.ZodType, io: 'input' | 'output') => Json): Json {
  const parameters: Json[] = [];
  const pushParams = (schema: z.ZodObject | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const json = convert(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = property;
      parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) });
    }
  };
  pushParams(endpoint.params, 'path');
  pushParams(endpoint.query, 'query');
  for (const header of endpoint.headers ?? []) parameters.push({ name: header.name, in: 'header', required: header.required, description: header.description, schema: { type: 'string' } });
  if (endpoint.etag) parameters.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'An ETag from an earlier answer: 304 when unchanged.' });

  const rateHeaders = { RateLimit: { $ref: '#/components/headers/RateLimit' }, 'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' } };
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(endpoint.responses)) {
    const content = response.schema
      ? { 'application/json': { schema: convert(response.schema, 'output') } }
      : response.mediaType
        ? { [response.mediaType]: { schema: response.mediaType === 'application/json' ? { type: 'object' } : { type: 'string', contentEncoding: 'binary' } } }
        : undefined;
    responses[status] = { description: response.description, headers: { ...rateHeaders, ...(endpoint.etag ? { ETag: { schema: { type: 'string' } } } : {}) }, ...(content ? { content } : {}) };
  }
  if (endpoint.etag) responses['304'] = { description: 'Not modified since the ETag in If-None-Match.' };
  const problems = new Set([...endpoint.problems, ...(endpoint.access !== 'public' ? [401] : []), 429, 500]);
  for (const status of [...problems].sort()) {
    responses[String(status)] = { description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  }

  let requestBody: Json | undefined;
  if (endpoint.body === 'multipart-file') {
    requestBody = { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } }, required: ['file'] } } } };
  } else if (endpoint.body) {
    requestBody = { required: true, content: { 'application/json': { schema: convert(endpoint.body, 'input') } } };
  }

  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    security: endpoint.access === 'customer' ? [{ bearer: [] }] : endpoint.access === 'staff' ? [{ bearer: [endpoint.staffScope!] }] : endpoint.access === 'partner' ? [{ partnerKey: [endpoint.scope!] }] : endpoint.scope ? [{}, { partnerKey: [endpoint.scope] }] : [],
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

const WEBHOOK_HEADERS = [
  { name: 'webhook-id', description: 'The event id (`msg_…`): the same on every retry and replay, so receivers can ignore a repeat.' },
  { name: 'webhook-timestamp', description: 'Unix seconds when this attempt was sent; refuse one more than five minutes off.' },
  { name: 'webhook-signature', description: '`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the base64 bytes after `whsec_` in the endpoint secret (Standard Webhooks).' },
];

/** What MediNest POSTs to a partner's endpoint for one event (OpenAPI 3.1 `webhooks`). */
function webhookOperation(type: (typeof WEBHOOK_EVENT_TYPES)[number], body: Json): Json {
  return {
    operationId: `webhook_${type.replace('.', '_')}`,
    summary: `${type}: ${WEBHOOK_EVENT_LABELS[type]}`,
    description: 'Registered by an admin at /admin/webhooks. Answer any 2xx within the timeout; anything else is retried with backoff for about a day (8 attempts).',
    tags: ['webhooks'],
    parameters: WEBHOOK_HEADERS.map((header) => ({ ...header, in: 'header', required: true, schema: { type: 'string' } })),
    requestBody: { required: true, content: { 'application/json': { schema: body } } },
    responses: { '2XX': { description: 'Received; not sent again.' }, default: { description: 'Not received: retried later.' } },
  };
}
