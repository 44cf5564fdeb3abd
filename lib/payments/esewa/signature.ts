import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of the message with the merchant secret, standard Base64 (PAYMENTS.md 1.3). */
export function signMessage(message: string, secretKey: string): string {
  return createHmac('sha256', secretKey).update(message, 'utf8').digest('base64');
}

/** `name=value` pairs in the order given, joined by single commas, no spaces. */
export function signingMessage(names: readonly string[], values: Readonly<Record<string, string>>): string {
  return names.map((name) => `${name}=${values[name] ?? ''}`).join(',');
}

/** Constant-time comparison of two Base64 signatures; unequal lengths are simply unequal. */
export function signaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
