import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { metrics } from './metrics';

/**
 * Counts and times every HTTP request this process answers, labelled by the app's route pattern
 * (`/products/[slug]`, never the slug itself, so the label set stays small). Next has no hook
 * after a response, so instrumentation.ts installs this on the Node server, like the peer hook.
 */
type RoutePattern = { page: string; regex: RegExp };
const globalForHttp = globalThis as typeof globalThis & { medinestHttpMetrics?: boolean };

/** The build's route table (routes-manifest.json), dynamic routes in Next's own order. */
function loadRoutes(): { exact: Set<string>; dynamic: RoutePattern[] } {
  try {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'routes-manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { staticRoutes: { page: string }[]; dynamicRoutes: { page: string; regex: string }[] };
    return { exact: new Set(manifest.staticRoutes.map((r) => r.page)), dynamic: manifest.dynamicRoutes.map((r) => ({ page: r.page, regex: new RegExp(r.regex) })) };
  } catch {
    // Development has no manifest yet: every page is labelled by its first segment.
    return { exact: new Set(), dynamic: [] };
  }
}

/**
 * The route pattern a path belongs to, or a coarse bucket for what no route matches. Pages live
 * under app/[locale] and an English address has no language in it (lib/i18n/locale-routes.mjs), so
 * a path no route takes as it is is tried as the English page; the label leaves the language out
 * (`/products/[slug]` for both languages), keeping the label set as small as before.
 */
export function routePatternOf(pathname: string, routes: ReturnType<typeof loadRoutes>): string {
  if (pathname.startsWith('/_next/')) return '/_next/*';
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const english = trimmed === '/' ? '/en' : `/en${trimmed}`;
  for (const candidate of /^\/(en|ne)(\/|$)/.test(trimmed) ? [trimmed] : [english, trimmed]) {
    if (routes.exact.has(candidate)) return withoutLocale(candidate);
    for (const route of routes.dynamic) if (route.regex.test(candidate)) return withoutLocale(route.page);
  }
  return routes.exact.size > 0 ? 'unmatched' : `/${trimmed.split('/')[1] ?? ''}`;
}

const withoutLocale = (page: string) => page.replace(/^\/(\[locale\]|en|ne)(?=\/|$)/, '') || '/';

export function installHttpMetricsHook(): void {
  if (globalForHttp.medinestHttpMetrics) return;
  globalForHttp.medinestHttpMetrics = true;
  const routes = loadRoutes();
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function emitWithMetrics(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const started = process.hrtime.bigint();
      response.once('finish', () => {
        const route = routePatternOf((request.url ?? '/').split('?')[0]!, routes);
        const method = request.method ?? 'GET';
        metrics.httpRequests.inc({ route, method, status: String(response.statusCode) });
        metrics.httpDuration.observe({ route, method }, Number(process.hrtime.bigint() - started) / 1e9);
      });
    }
    return emit.call(this, event, ...args);
  };
}
