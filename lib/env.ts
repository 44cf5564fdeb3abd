import 'server-only';
import { loadServerEnv } from './env-loader';
import { parseClientEnv } from './env-schema';

/** The validated server configuration. The only module (with env-loader) that reads process.env. */
export const env = loadServerEnv(process.env);

// next-auth builds its redirects and callback URLs from AUTH_URL, and without it from the request's
// Host (X-Forwarded-Host under AUTH_TRUST_HOST), which the client chooses, or from `next start`'s
// localhost:PORT. Derived from APP_URL here so the shop has one address setting.
process.env.AUTH_URL = new URL(env.APP_URL).origin;

export const clientEnv = parseClientEnv({ NEXT_PUBLIC_SITE_NAME: process.env.NEXT_PUBLIC_SITE_NAME });
