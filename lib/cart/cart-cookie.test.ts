import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveCartCookieKey, signCartId, verifyCartCookie } from './cart-cookie';

const key = deriveCartCookieKey('a-test-auth-secret-that-is-long-enough-000');
const otherKey = deriveCartCookieKey('another-auth-secret-that-is-long-enough-1');

describe('guest cart cookie', () => {
  it('round-trips a signed cart id', () => {
    const id = randomUUID();
    expect(verifyCartCookie(key, signCartId(key, id))).toBe(id);
  });

  it('refuses a cart id swapped into a valid signature', () => {
    const [, signature] = signCartId(key, randomUUID()).split('.');
    expect(verifyCartCookie(key, `${randomUUID()}.${signature}`)).toBeNull();
  });

  it('refuses a cookie signed with another secret, unsigned ids, and junk', () => {
    const id = randomUUID();
    expect(verifyCartCookie(key, signCartId(otherKey, id))).toBeNull();
    for (const junk of [id, `${id}.`, `not-a-uuid.${signCartId(key, id).split('.')[1]}`, '', undefined, 'x'.repeat(500)]) {
      expect(verifyCartCookie(key, junk)).toBeNull();
    }
  });

  it('derives a key different from the secret itself', () => {
    expect(key.toString('utf8')).not.toContain('a-test-auth-secret');
    expect(key).toHaveLength(32);
  });
});
