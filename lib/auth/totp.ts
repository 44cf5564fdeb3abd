import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s, what every authenticator app speaks) and recovery codes.
 * Pure functions: the encryption key is passed in, so tests need no environment.
 */
const ISSUER = 'MediNest';

export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, accountEmail = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label: accountEmail, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

/** The otpauth:// URI an authenticator app scans. */
export function totpUri(secretBase32: string, accountEmail: string): string {
  return totpFor(secretBase32, accountEmail).toString();
}

/**
 * Accepts the current code and its neighbours (±30 s) for clock drift. Returns the time step the
 * code belongs to, so callers can refuse a code that was already used; null when wrong.
 */
export function verifyTotpCode(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

/** AES-256-GCM with a fresh 12-byte IV: `v1.<iv>.<tag>.<ciphertext>`, all base64url. */
export function encryptSecret(plain: string, keyBase64: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(keyBase64), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptSecret(stored: string, keyBase64: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('Unrecognised encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(keyBase64), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

function keyOf(keyBase64: string): Buffer {
  const key = Buffer.from(keyBase64, 'base64');
  if (key.length !== 32) throw new Error('TOTP encryption key must be 32 bytes');
  return key;
}

// No 0/o, 1/l/i: recovery codes get read off paper and typed by hand.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like `k7m2p-x9q4r` (~49 bits each); shown once, stored only as hashes. */
export function generateRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * HMAC-SHA256 under a key derived (HKDF) from the TOTP encryption key, bound to the user: a copy
 * of the database alone cannot test guesses, and one user's code is no use for another. Hyphen and
 * case do not matter when a recovery code is typed back.
 */
export function hashRecoveryCode(code: string, keyBase64: string, userId: string): string {
  const key = Buffer.from(hkdfSync('sha256', keyOf(keyBase64), Buffer.alloc(0), 'medinest recovery codes v2', 32));
  return `v2:${createHmac('sha256', key).update(`${userId}:${normaliseRecoveryCode(code)}`).digest('hex')}`;
}

/** The unsalted form codes issued before v2 are stored in; accepted until the owner enrols again. */
export function legacyRecoveryCodeHash(code: string): string {
  return createHash('sha256').update(`medinest-recovery:${normaliseRecoveryCode(code)}`).digest('hex');
}
