import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Endpoint } from '@/lib/api/contract/endpoint';
import { endpoints } from '@/lib/api/contract/endpoints';

/**
 * Calls the /api/v1 route handlers in-process, as Next would: the route file is found from the
 * OpenAPI path, the request is a real Request and path parameters arrive as a promise. Tests then
 * exercise the handlers with the real database and store, and no HTTP server.
 */
const V1 = path.join(process.cwd(), 'app', 'api', 'v1');

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<string, Handler>>;

/** Every route.ts under app/api/v1 as its OpenAPI path (`[slug]` → `{slug}`). */
export function routeFiles(): { path: string; file: string }[] {
  const found: { path: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'route.ts') {
        const relative = path.relative(V1, dir).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, '{$1}'));
        found.push({ path: `/${relative.join('/')}`, file: full });
      }
    }
  };
  walk(V1);
  return found;
}

export async function routeModule(apiPath: string): Promise<RouteModule> {
  const route = routeFiles().find((r) => r.path === apiPath);
  if (!route) throw new Error(`no route file for ${apiPath}`);
  return (await import(route.file)) as RouteModule;
}

export type CallOptions = {
  token?: string;
  /** A JSON body (serialised here) or a raw one (FormData, string). */
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** The client address (tests run with TRUSTED_PROXY_HOPS=1), unique per test so per-IP limits do not collide. */
  ip?: string;
  query?: Record<string, string>;
};

/** `call('GET', '/orders/{number}', { number: 'MN-…' }, { token })`. */
export async function call(method: string, apiPath: string, params: Record<string, string> = {}, options: CallOptions = {}): Promise<Response> {
  const handler = (await routeModule(apiPath))[method];
  if (!handler) throw new Error(`${method} ${apiPath} is not exported`);
  const concrete = apiPath.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
  const url = new URL(`http://127.0.0.1/api/v1${concrete}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers(options.headers);
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  if (options.ip) headers.set('x-forwarded-for', options.ip);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  return handler(new Request(url, { method, headers, body }), { params: Promise.resolve(params) });
}

export const allEndpoints = () => Object.values(endpoints) as Endpoint[];
