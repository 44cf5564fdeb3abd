/**
 * Keys that guard accounts: sign-in and two-factor failure counts and locks (lib/auth/attempt-limits),
 * and rate-limit windows (lib/kv/rate-limit). (Used two-factor codes are in PostgreSQL: users.totp_last_used_step.)
 * A store may drop a cache entry to save memory but must keep these until they expire, or a flood
 * of cheap requests could wipe them. Each is written with a TTL, so they cannot pile up forever.
 */
const SECURITY_KEY_PREFIXES = ['lock:', 'failures:', 'rate-limit:'] as const;

export function isSecurityKey(key: string): boolean {
  return SECURITY_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}
