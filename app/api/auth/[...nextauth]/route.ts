import { NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { handlers } from '@/lib/auth/next-auth';
import { onAppOrigin } from '@/lib/security/redirect-target';

// next-auth builds its redirects and default callbackUrl from the request URL and Host headers,
// which `next start` or a proxy may name localhost:PORT: it sees the request on APP_URL instead.
function onApp(request: NextRequest): NextRequest {
  const app = new URL(env.APP_URL);
  const headers = new Headers(request.headers);
  headers.set('host', app.host);
  headers.set('x-forwarded-host', app.host);
  headers.set('x-forwarded-proto', app.protocol.replace(':', ''));
  return new NextRequest(onAppOrigin(request.url, env.APP_URL), new Request(request, { headers }));
}

export const POST = (request: NextRequest) => handlers.POST(onApp(request));

/** next-auth's endpoints. The session endpoint shows the browser who is signed in, never the password fingerprint only the server reads. */
export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(onApp(request));
  if (!request.nextUrl.pathname.endsWith('/session') || !response.ok) return response;
  const session = (await response.json()) as Record<string, unknown> | null;
  const { passwordFingerprint: _serverOnly, ...shown } = session ?? {};
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(session ? shown : null), { status: response.status, headers });
}
