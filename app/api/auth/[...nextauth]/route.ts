import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/next-auth';

export const { POST } = handlers;

/** next-auth's endpoints. The session endpoint shows the browser who is signed in, never the password fingerprint only the server reads. */
export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  if (!request.nextUrl.pathname.endsWith('/session') || !response.ok) return response;
  const session = (await response.json()) as Record<string, unknown> | null;
  const { passwordFingerprint: _serverOnly, ...shown } = session ?? {};
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(session ? shown : null), { status: response.status, headers });
}
