/**
 * Keys that guard accounts: sign-in and two-factor failure counts and locks (lib/auth/attempt-limits),
 * rate-limit windows (lib/kv/rate-limit) and "code already used" markers (lib/auth/two-factor).
 * A store may drop a cache entry to save memory but must keep these until they expire, or a flood
 * of cheap requests could wipe them. Each is written with a TTL, so they cannot pile up forever.
 */
const SECURITY_KEY_PREFIXES = ['lock:', 'failures:', 'rate-limit:', 'totp-used:'] as const;

export function isSecurityKey(key: string): boolean {
  return SECURITY_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}
