import 'server-only';
import { loadServerEnv } from './env-loader';
import { parseClientEnv } from './env-schema';

/** The validated server configuration. The only module (with env-loader) that reads process.env. */
export const env = loadServerEnv(process.env);

// APP_URL is the shop's one address: next-auth's requests are rebuilt on it (lib/auth/next-auth.ts).
// AUTH_URL would make next-auth wrap each request in a NextRequest again, which names 127.0.0.1 and
// ::1 as localhost, so it is never passed on.
delete process.env.AUTH_URL;
delete process.env.NEXTAUTH_URL;

export const clientEnv = parseClientEnv({ NEXT_PUBLIC_SITE_NAME: process.env.NEXT_PUBLIC_SITE_NAME });
