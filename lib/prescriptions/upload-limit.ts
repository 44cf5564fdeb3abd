import 'server-only';
import { kv } from '@/lib/kv';
import { rateLimit } from '@/lib/kv/rate-limit';
import { ipLimitKey } from '@/lib/auth/attempt-limits';

// Generous for a family's prescriptions, small enough that nobody can fill the disk or the OCR queue.
const UPLOADS_PER_HOUR = 30;
// A household or office shares one address; many accounts behind one are still one uploader.
const UPLOADS_PER_IP_PER_HOUR = 60;

/** Seconds to wait before this user (from this address) may upload again, or 0 when they may upload now. */
export async function uploadRetryAfter(userId: string, ip: string | null): Promise<number> {
  const perUser = await rateLimit(kv, `prescription-upload:${userId}`, { limit: UPLOADS_PER_HOUR, windowSeconds: 3600 });
  const perIp = await rateLimit(kv, `prescription-upload:ip:${ipLimitKey(ip)}`, { limit: UPLOADS_PER_IP_PER_HOUR, windowSeconds: 3600 });
  return Math.max(perUser.retryAfterSeconds, perIp.retryAfterSeconds);
}
