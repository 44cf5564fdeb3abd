import 'server-only';
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { appRedirectUrl } from '@/lib/security/redirect-target';
import { findLiveSession } from './sessions/store';
import { verifyTicket } from './ticket';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
    /** The session record's token. Server side only: lib/auth/session-endpoint.ts answers /api/auth/session. */
    sid?: string;
  }
  interface User {
    sessionToken?: string;
  }
}

// The cookie only carries the session record's token; the record (lib/auth/sessions) decides how
// long it lives. This is the longest any session may live, so the cookie never outlasts its record.
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * next-auth with one Credentials provider that accepts only a ticket minted by our own sign-in
 * actions (lib/auth/sign-in-flow.ts), after they checked the password, rate limits and the
 * two-factor code. Posting an email and password straight to /api/auth/callback/credentials
 * therefore yields nothing.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: COOKIE_MAX_AGE_SECONDS },
  // One cookie name for sign-in and every reader, from the configured address rather than each request's.
  useSecureCookies: env.APP_URL.startsWith('https://'),
  pages: { signIn: '/login', error: '/login' },
  // One JSON log line (e.g. a forged or outdated session cookie) instead of next-auth's console output.
  logger: {
    error: (error) => logger.warn({ err: error }, 'next-auth refused a request'),
    warn: (code) => logger.warn({ code }, 'next-auth warning'),
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = verifyTicket(env.AUTH_SECRET, credentials?.ticket, 'sign-in');
        if (!ticket?.sessionToken) return null;
        const live = await findLiveSession(db, ticket.sessionToken);
        if (!live || live.user.id !== ticket.userId) return null;
        return { id: live.user.id, sessionToken: ticket.sessionToken };
      },
    }),
  ],
  callbacks: {
    // Every next-auth redirect (callbackUrl, signIn/signOut redirectTo) goes to a path on APP_URL.
    redirect({ url, baseUrl }) {
      return appRedirectUrl(url, baseUrl, env.APP_URL);
    },
    // Nothing about the user in the cookie: names, roles and two-factor live in the database.
    jwt({ token, user }) {
      if (user?.sessionToken) return { sid: user.sessionToken };
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === 'string' ? token.sid : undefined;
      return session;
    },
  },
});

/**
 * next-auth answers with URLs built from the request's own URL (the sign-in page's callbackUrl, its
 * error page): under `next start` that is localhost:PORT, behind a proxy whatever Host the client
 * sent. Each request to its route handlers is rebuilt on APP_URL first, a plain Request, because a
 * NextRequest would turn 127.0.0.1 back into localhost. Its redirect callback keeps targets on
 * APP_URL too.
 */
export async function onAppUrl(request: Request): Promise<Request> {
  const { pathname, search } = new URL(request.url);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return new Request(new URL(pathname + search, env.APP_URL), { method: request.method, headers: request.headers, body });
}

/** The cookie next-auth keeps the session in (its default name, with the prefix it adds on https). */
export const SESSION_COOKIE = `${env.APP_URL.startsWith('https://') ? '__Secure-' : ''}authjs.session-token`;
