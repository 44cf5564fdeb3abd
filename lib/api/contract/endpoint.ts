import type { z } from 'zod';
import type { PartnerScope, StaffScope } from './scopes';

/**
 * One operation of the API, described once: the route handler parses its input with these schemas
 * (lib/api/handler.ts) and the OpenAPI document is generated from them (lib/api/openapi.ts), so the
 * two cannot drift. `path` is in OpenAPI form under /api/v1 (`/orders/{number}`).
 */
/**
 * public: anyone (a partner key may identify itself, with `scope`); customer: a customer's access
 * token; staff: a staff member's two-factor-verified access token whose role holds `staffScope`;
 * partner: a partner API key holding `scope`.
 */
export type Access = 'public' | 'customer' | 'staff' | 'partner';
export type RatePolicyName = 'default' | 'auth' | 'upload' | 'partner';

export type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: 'auth' | 'catalog' | 'cart' | 'addresses' | 'checkout' | 'orders' | 'prescriptions' | 'partners' | 'staff' | 'meta';
  access: Access;
  /** The scope a partner key needs here (required for partner endpoints; on public ones, for a key that is sent). */
  scope?: PartnerScope;
  /** What a staff endpoint needs (required for staff endpoints). */
  staffScope?: StaffScope;
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
