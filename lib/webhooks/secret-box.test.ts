import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from '@/lib/auth/totp';
import { openWebhookSecret, sealWebhookSecret } from './secret-box';

describe('webhook secrets at rest', () => {
  const key = randomBytes(32).toString('base64');

  it('round-trips under the TOTP key, in a fresh ciphertext each time', () => {
    const sealed = sealWebhookSecret('whsec_abc', key);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('whsec_abc');
    expect(sealWebhookSecret('whsec_abc', key)).not.toBe(sealed);
    expect(openWebhookSecret(sealed, key)).toBe('whsec_abc');
  });

  it('uses a key derived for webhooks: TOTP ciphertexts and webhook ciphertexts do not open each other', () => {
    expect(() => decryptSecret(sealWebhookSecret('whsec_abc', key), key)).toThrow();
    expect(() => openWebhookSecret(encryptSecret('JBSWY3DPEHPK3PXP', key), key)).toThrow();
    expect(() => openWebhookSecret(sealWebhookSecret('whsec_abc', key), randomBytes(32).toString('base64'))).toThrow();
  });
});
