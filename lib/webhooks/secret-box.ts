import { hkdfSync } from 'node:crypto';
import { decryptSecret, encryptSecret } from '@/lib/auth/totp';

/**
 * Webhook secrets are encrypted the way TOTP secrets are (AES-256-GCM, lib/auth/totp.ts), under a
 * key derived (HKDF) from TOTP_ENCRYPTION_KEY for this use alone, so one key in the environment
 * serves both and a TOTP ciphertext never decrypts as a webhook secret.
 */
function webhookKey(totpKeyBase64: string): string {
  const key = Buffer.from(totpKeyBase64, 'base64');
  if (key.length !== 32) throw new Error('TOTP encryption key must be 32 bytes');
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'medinest webhook secrets v1', 32)).toString('base64');
}

export const sealWebhookSecret = (secret: string, totpKeyBase64: string) => encryptSecret(secret, webhookKey(totpKeyBase64));
export const openWebhookSecret = (stored: string, totpKeyBase64: string) => decryptSecret(stored, webhookKey(totpKeyBase64));
