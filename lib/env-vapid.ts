import { createECDH } from 'node:crypto';
import { z } from 'zod';

/**
 * The VAPID key pair Web Push messages are signed with (RFC 8292): a P-256 key, base64url, as
 * `npx web-push generate-vapid-keys` prints it. Development generates one pair into
 * `.data/dev-secrets.json`; production must be given both, and VAPID_SUBJECT.
 */
export const VAPID_KEY_NAMES = ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY'] as const;

const base64url = /^[A-Za-z0-9_-]+$/;
const bytesOf = (value: string) => (base64url.test(value) ? Buffer.from(value, 'base64url') : Buffer.alloc(0));

export const vapidPublicKey = z
  .string()
  .trim()
  .refine((v) => bytesOf(v).length === 65 && bytesOf(v)[0] === 4, 'must be an uncompressed P-256 public key, base64url (npx web-push generate-vapid-keys)');
export const vapidPrivateKey = z
  .string()
  .trim()
  .refine((v) => bytesOf(v).length === 32, 'must be a 32-byte P-256 private key, base64url (npx web-push generate-vapid-keys)');
// Push services contact the sender there; web-push accepts only mailto: and https:.
export const vapidSubject = z
  .string()
  .trim()
  .refine((v) => /^mailto:[^\s@]+@[^\s@]+$/.test(v) || /^https:\/\/[^\s/]+/.test(v), 'must be a mailto: address or an https: URL, e.g. mailto:pharmacy@medinest.example');

/** The subject development sends when none is set. */
export const DEVELOPMENT_VAPID_SUBJECT = 'mailto:push@medinest.local';

export function generateVapidKeys(): { VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  // The private key is a number: Node drops its leading zero bytes (one key in 256 is 31 bytes long),
  // and a VAPID private key is exactly 32 bytes.
  const privateKey = ecdh.getPrivateKey();
  const padded = Buffer.concat([Buffer.alloc(32 - privateKey.length), privateKey]);
  return { VAPID_PUBLIC_KEY: ecdh.getPublicKey().toString('base64url'), VAPID_PRIVATE_KEY: padded.toString('base64url') };
}

/** Whether the public key is the private key's: a mismatched pair signs messages every push service refuses. */
export function vapidKeysMatch(publicKey: string, privateKey: string): boolean {
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'));
    return ecdh.getPublicKey().equals(Buffer.from(publicKey, 'base64url'));
  } catch {
    return false;
  }
}
