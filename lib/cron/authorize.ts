import 'server-only';
import { env } from '@/lib/env';
import { hasBearerSecret } from '@/lib/security/bearer';

/** True when the request carries `Authorization: Bearer <CRON_SECRET>`; compared in constant time. */
export function isCronAuthorized(request: Request, secret: string = env.CRON_SECRET): boolean {
  return hasBearerSecret(request, secret);
}
