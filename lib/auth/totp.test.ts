import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, generateRecoveryCodes, generateTotpSecret, hashRecoveryCode, legacyRecoveryCodeHash, totpUri, verifyTotpCode } from './totp';

const key = randomBytes(32).toString('base64');
const codeAt = (secret: string, timestamp: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });

describe('TOTP', () => {
  it('accepts the current code and one step of drift, refuses older codes and junk', () => {
    const secret = generateTotpSecret();
    const now = 1_800_000_000_000;
    expect(verifyTotpCode(secret, codeAt(secret, now), now)).toBe(Math.floor(now / 30_000));
    expect(verifyTotpCode(secret, codeAt(secret, now - 30_000), now)).not.toBeNull();
    expect(verifyTotpCode(secret, codeAt(secret, now - 120_000), now)).toBeNull();
    expect(verifyTotpCode(secret, 'abcdef', now)).toBeNull();
  });

  it('builds an otpauth URI an authenticator app can scan', () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'ram@example.com');
    expect(uri).toMatch(/^otpauth:\/\/totp\/MediNest:ram%40example\.com\?/);
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP');
  });
});

describe('secret encryption', () => {
  it('round-trips, never stores the plain secret, and refuses a tampered ciphertext or wrong key', () => {
    const stored = encryptSecret('JBSWY3DPEHPK3PXP', key);
    expect(stored).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(stored, key)).toBe('JBSWY3DPEHPK3PXP');
    expect(encryptSecret('JBSWY3DPEHPK3PXP', key)).not.toBe(stored);
    const parts = stored.split('.');
    parts[3] = Buffer.from('tampered!').toString('base64url');
    expect(() => decryptSecret(parts.join('.'), key)).toThrow();
    expect(() => decryptSecret(stored, randomBytes(32).toString('base64'))).toThrow();
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes whose hash ignores case and hyphen', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const first = codes[0]!;
    expect(first).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const key = randomBytes(32).toString('base64');
    expect(hashRecoveryCode(first.toUpperCase().replace('-', ''), key, 'user-1')).toBe(hashRecoveryCode(first, key, 'user-1'));
    expect(hashRecoveryCode(first, key, 'user-1')).not.toContain(first.replace('-', ''));
  });

  it('hashes under the server key and the user, never as a bare SHA-256 of the code', () => {
    const code = generateRecoveryCodes(1)[0]!;
    const key = randomBytes(32).toString('base64');
    const stored = hashRecoveryCode(code, key, 'user-1');
    for (const unkeyed of [legacyRecoveryCodeHash(code), createHash('sha256').update(code).digest('hex'), createHash('sha256').update(code.replace('-', '')).digest('hex')]) {
      expect(stored).not.toContain(unkeyed);
    }
    expect(hashRecoveryCode(code, randomBytes(32).toString('base64'), 'user-1')).not.toBe(stored);
    expect(hashRecoveryCode(code, key, 'user-2')).not.toBe(stored);
  });
});
