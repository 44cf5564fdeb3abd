import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { PATHNAME_HEADER } from '@/lib/auth/path-header';
import { buildContentSecurityPolicy, isPrivatePath, originOf, staticSecurityHeaders } from '@/lib/security/headers';

const REQUEST_ID = 'x-request-id';

// Adds headers only. Authorization is never decided here: every page, action and route checks
// the session itself in lib/auth.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const development = env.NODE_ENV === 'development';
  const csp = buildContentSecurityPolicy({
    nonce,
    development,
    formActionOrigins: [originOf(env.ESEWA_FORM_URL) ?? originOf(env.APP_URL)].filter((o): o is string => Boolean(o)),
  });
  const requestId = crypto.randomUUID();

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(REQUEST_ID, requestId);
  requestHeaders.set('Content-Security-Policy', csp);
  // Lets requireUser() send an anonymous visitor back here after signing in.
  requestHeaders.set(PATHNAME_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set(REQUEST_ID, requestId);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ production: env.NODE_ENV === 'production' }))) {
    response.headers.set(name, value);
  }
  if (isPrivatePath(request.nextUrl.pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)' }],
};
