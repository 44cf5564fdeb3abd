import 'server-only';
import { logger } from './logger';

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type ErrorContext = { routerKind: string; routePath: string; routeType: string };

export function describeUnexpectedError(error: unknown, request: RequestInfo, context: ErrorContext) {
  const header = request.headers['x-request-id'];
  return {
    requestId: Array.isArray(header) ? header[0] : header,
    digest: typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : undefined,
    method: request.method,
    // The path without its query: queries can hold search text or tokens.
    path: request.path.split('?')[0],
    route: context.routePath,
    routeType: context.routeType,
    err: error instanceof Error ? error : new Error(String(error)),
  };
}

export function logUnexpectedError(error: unknown, request: RequestInfo, context: ErrorContext): void {
  logger.error(describeUnexpectedError(error, request, context), 'unexpected server error');
}
