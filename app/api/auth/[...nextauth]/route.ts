import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/next-auth';
import { sessionEndpoint } from '@/lib/auth/session-endpoint';

export const { POST } = handlers;

/** next-auth's endpoints, except the session endpoint: it answers from the session record and never renews. */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith('/session')) return sessionEndpoint(request);
  return handlers.GET(request);
}
