import 'server-only';
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { appRedirectUrl } from '@/lib/security/redirect-target';
import type { Role } from './roles';
import { verifyTicket } from './ticket';
import { passwordFingerprint } from './password-fingerprint';
import { currentPasswordHash, loadActiveUser } from './user-record';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
    twoFactorVerified: boolean;
    /** Server side only: app/api/auth/[...nextauth]/route.ts leaves it out of /api/auth/session. */
    passwordFingerprint?: string;
  }
  interface User {
    role?: Role;
    twoFactorVerified?: boolean;
    passwordFingerprint?: string;
  }
}

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/**
 * next-auth with one Credentials provider that accepts only a ticket minted by our own sign-in
 * actions (lib/auth/sign-in-flow.ts), after they checked the password, rate limits and the
 * two-factor code. Posting an email and password straight to /api/auth/callback/credentials
 * therefore yields nothing.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
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
        if (!ticket) return null;
        const user = await loadActiveUser(db, ticket.userId);
        const passwordHash = await currentPasswordHash(db, ticket.userId);
        if (!user || !passwordHash) return null;
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          twoFactorVerified: ticket.twoFactorVerified,
          passwordFingerprint: passwordFingerprint(passwordHash, env.AUTH_SECRET),
        };
      },
    }),
  ],
  callbacks: {
    // Every next-auth redirect (callbackUrl, signIn/signOut redirectTo) goes to a path on APP_URL.
    redirect({ url, baseUrl }) {
      return appRedirectUrl(url, baseUrl, env.APP_URL);
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.twoFactorVerified = user.twoFactorVerified === true;
        token.passwordFingerprint = user.passwordFingerprint;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.twoFactorVerified = token.twoFactorVerified === true;
      session.passwordFingerprint = typeof token.passwordFingerprint === 'string' ? token.passwordFingerprint : undefined;
      return session;
    },
  },
});
