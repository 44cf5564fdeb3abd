import 'server-only';
import { loadServerEnv } from './env-loader';
import { parseClientEnv } from './env-schema';

/** The validated server configuration. The only module (with env-loader) that reads process.env. */
export const env = loadServerEnv(process.env);

export const clientEnv = parseClientEnv({ NEXT_PUBLIC_SITE_NAME: process.env.NEXT_PUBLIC_SITE_NAME });
