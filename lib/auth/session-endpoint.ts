import 'server-only';
import { sessionUser } from './current-user';
import { SESSION_COOKIE } from './next-auth';
import { readSessionClaims } from './session-token';

/**
 * GET /api/auth/session, answered from the session record rather than next-auth's cookie: it shows
 * who is signed in and until when, and never renews anything. A cookie whose session ended is
 * cleared.
 */
export async function sessionEndpoint(request: Request): Promise<Response> {
  const session = await sessionUser(await readSessionClaims(request.headers));
  const headers = new Headers({ 'content-type': 'application/json', 'cache-control': 'private, no-cache, no-store' });
  if (!session.user) {
    if (request.headers.get('cookie')?.includes(SESSION_COOKIE)) {
      headers.append('set-cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${SESSION_COOKIE.startsWith('__Secure-') ? '; Secure' : ''}`);
    }
    return new Response('null', { status: 200, headers });
  }
  const { id, name, email } = session.user;
  const body = { user: { id, name, email }, expires: session.expiresAt?.toISOString(), twoFactorVerified: session.twoFactorVerified };
  return new Response(JSON.stringify(body), { status: 200, headers });
}
