import { createHash, timingSafeEqual } from 'node:crypto';

/** True when the request carries `Authorization: Bearer <secret>`; compared in constant time. */
export function hasBearerSecret(request: Request, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '');
  if (!match || !secret) return false;
  // Hashing first gives equal-length buffers, so the comparison leaks neither content nor length.
  const given = createHash('sha256').update(match[1]!).digest();
  const expected = createHash('sha256').update(secret).digest();
  return timingSafeEqual(given, expected);
}
