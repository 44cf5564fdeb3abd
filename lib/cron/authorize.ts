import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

/** True when the request carries `Authorization: Bearer <CRON_SECRET>`; compared in constant time. */
export function isCronAuthorized(request: Request, secret: string = env.CRON_SECRET): boolean {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  if (!match) return false;
  // Hashing first gives equal-length buffers, so the comparison leaks neither content nor length.
  const given = createHash('sha256').update(match[1]!).digest();
  const expected = createHash('sha256').update(secret).digest();
  return timingSafeEqual(given, expected);
}
