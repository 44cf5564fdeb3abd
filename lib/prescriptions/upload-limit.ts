import 'server-only';
import { kv } from '@/lib/kv';
import { rateLimit } from '@/lib/kv/rate-limit';

// Generous for a family's prescriptions, small enough that nobody can fill the disk or the OCR queue.
const UPLOADS_PER_HOUR = 30;

/** Seconds to wait before this user may upload again, or 0 when they may upload now. */
export async function uploadRetryAfter(userId: string): Promise<number> {
  const result = await rateLimit(kv, `prescription-upload:${userId}`, { limit: UPLOADS_PER_HOUR, windowSeconds: 3600 });
  return result.retryAfterSeconds;
}
