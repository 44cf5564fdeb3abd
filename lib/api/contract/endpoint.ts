import type { z } from 'zod';

/**
 * One operation of the API, described once: the route handler parses its input with these schemas
 * (lib/api/handler.ts) and the OpenAPI document is generated from them (lib/api/openapi.ts), so the
 * two cannot drift. `path` is in OpenAPI form under /api/v1 (`/orders/{number}`).
 */
export type Access = 'public' | 'customer';
export type RatePolicyName = 'default' | 'auth' | 'upload';

export type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: 'auth' | 'catalog' | 'cart' | 'addresses' | 'checkout' | 'orders' | 'prescriptions' | 'meta';
  access: Access;
  ratePolicy?: RatePolicyName;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body, or a multipart upload with one `file` field. */
  body?: z.ZodType | 'multipart-file';
  /** Request headers the operation requires (besides Authorization). */
  headers?: { name: string; description: string; required: boolean }[];
  /** Success responses: status → description and body (a schema, or a media type for binary bodies). */
  responses: Record<number, { description: string; schema?: z.ZodType; mediaType?: string }>;
  /** Problems this operation may answer, besides 401/429/500 which every one may. */
  problems: number[];
  /** Catalog reads answer with an ETag and 304 on a matching If-None-Match. */
  etag?: boolean;
};

export const defineEndpoint = <E extends Endpoint>(endpoint: E): E => endpoint;
