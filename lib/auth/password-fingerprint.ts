import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * A keyed digest of the password hash, carried in the session. When the password changes (or is
 * reset) the digest no longer matches and every older session ends; the hash itself never leaves
 * the server.
 */
export function passwordFingerprint(passwordHash: string, secret: string = env.AUTH_SECRET): string {
  return createHmac('sha256', `medinest-session:${secret}`).update(passwordHash).digest('base64url').slice(0, 22);
}
