import 'server-only';
import { sessionUser, type CurrentSession } from './current-user';
import { readSessionClaims } from './session-token';

/**
 * The session as proxy.ts sees it: auth() on the request's cookies, and the user re-read from the
 * database (a disabled user, a changed role or a changed password counts at once, as in pages).
 */
export async function proxySession(request: Request): Promise<CurrentSession> {
  return sessionUser(await readSessionClaims(request.headers));
}
