import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { PATHNAME_HEADER } from '@/lib/auth/path-header';
import { proxySession } from '@/lib/auth/proxy-session';
import { urlHasControlCharacters } from '@/lib/security/control-characters';
import { isCrossSiteWrite } from '@/lib/security/cross-site-write';
import { decidePrivateArea, FORBIDDEN_HTML } from '@/lib/security/private-area';
import { buildContentSecurityPolicy, isPrivatePath, originOf, proxyResponseHeaders } from '@/lib/security/headers';

const REQUEST_ID = 'x-request-id';

// Adds headers, and answers early (real 307/403 status codes) for private pages. It is never the
// only guard: every page, action and route checks the session itself in lib/auth.
export async function proxy(request: NextRequest) {
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

  const response = refusedInput(request) ?? await earlyAnswer(request) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID, requestId);
  const added = proxyResponseHeaders({ pathname: request.nextUrl.pathname, pagePolicy: csp, production: env.NODE_ENV === 'production' });
  for (const [name, value] of Object.entries(added)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  if (isPrivatePath(request.nextUrl.pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)' }],
};

// Both checks live here so no page, filter or route handler can forget them (see each helper's comment).
function refusedInput(request: NextRequest): NextResponse | null {
  if (urlHasControlCharacters(request.nextUrl)) return plainAnswer(400, 'The address contains characters that are not allowed.');
  if (isCrossSiteWrite({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers }, env.APP_URL)) {
    return plainAnswer(403, 'Cross-site requests are not allowed.');
  }
  return null;
}

function plainAnswer(status: number, message: string): NextResponse {
  return NextResponse.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

// Only page loads: server actions (POST) must reach their own guard, which answers for itself.
async function earlyAnswer(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (!/^\/(admin|account)(\/|$)/.test(request.nextUrl.pathname)) return null;
  const decision = decidePrivateArea(path, await proxySession(request), env.APP_URL);
  if (decision.kind === 'redirect') return NextResponse.redirect(new URL(decision.location, env.APP_URL), 307);
  if (decision.kind === 'forbidden') return new NextResponse(FORBIDDEN_HTML, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8' } });
  return null;
}
