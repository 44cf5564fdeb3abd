import { NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { handlers } from '@/lib/auth/next-auth';
import { onAppOrigin } from '@/lib/security/redirect-target';

// next-auth builds its redirects from the request URL, which `next start` may name localhost:PORT.
const onApp = (request: NextRequest) => new NextRequest(onAppOrigin(request.url, env.APP_URL), request);

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
