import type { KeyValueStore } from '@/lib/kv/types';
import { rateLimit } from '@/lib/kv/rate-limit';
import type { RatePolicyName } from './contract/endpoint';

/**
 * Request limits of the API, counted by the shop's limiter (lib/kv/rate-limit.ts) per signed-in
 * session, or per client address before sign-in. Announced in the IETF draft's structured
 * headers: `RateLimit-Policy: "default";q=120;w=60` and `RateLimit: "default";r=119;t=42`.
 * Sign-in keeps its own failure locks (lib/auth/attempt-limits.ts) on top of the "auth" policy.
 */
export const RATE_POLICIES: Record<RatePolicyName, { limit: number; windowSeconds: number }> = {
  default: { limit: 120, windowSeconds: 60 },
  auth: { limit: 20, windowSeconds: 60 },
  upload: { limit: 30, windowSeconds: 3600 },
  // Per partner key: a partner's server polls for many deliveries.
  partner: { limit: 600, windowSeconds: 60 },
};

export type RateDecision = { allowed: boolean; headers: Record<string, string> };

export async function checkApiRate(store: KeyValueStore, policy: RatePolicyName, subject: string): Promise<RateDecision> {
  const { limit, windowSeconds } = RATE_POLICIES[policy];
  const result = await rateLimit(store, `api:${policy}:${subject}`, { limit, windowSeconds, name: `api:${policy}` });
  const headers: Record<string, string> = {
    'RateLimit-Policy': `"${policy}";q=${limit};w=${windowSeconds}`,
    RateLimit: `"${policy}";r=${result.remaining};t=${result.resetSeconds}`,
  };
  if (!result.allowed) headers['Retry-After'] = String(result.retryAfterSeconds);
  return { allowed: result.allowed, headers };
}
