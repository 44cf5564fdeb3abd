import type { NextRequest } from 'next/server';
import { handlers, onAppUrl } from '@/lib/auth/next-auth';
import { sessionEndpoint } from '@/lib/auth/session-endpoint';

// next-auth reads only what a Request has (url, method, headers, body): no NextRequest extras.
const asNextRequest = (request: Request) => request as NextRequest;

export async function POST(request: NextRequest): Promise<Response> {
  return handlers.POST(asNextRequest(await onAppUrl(request)));
}

/** next-auth's endpoints, except the session endpoint: it answers from the session record and never renews. */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith('/session')) return sessionEndpoint(request);
  return handlers.GET(asNextRequest(await onAppUrl(request)));
}
