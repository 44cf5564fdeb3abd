import { describe, expect, it } from 'vitest';
import { isCronAuthorized } from './authorize';

const secret = 's'.repeat(32);
const request = (authorization?: string) => new Request('http://shop.test/api/cron/x', { method: 'POST', headers: authorization ? { authorization } : {} });

describe('isCronAuthorized', () => {
  it('accepts only the exact bearer secret', () => {
    expect(isCronAuthorized(request(`Bearer ${secret}`), secret)).toBe(true);
    expect(isCronAuthorized(request(`Bearer ${secret}x`), secret)).toBe(false);
    expect(isCronAuthorized(request(`Bearer ${secret.slice(1)}`), secret)).toBe(false);
    expect(isCronAuthorized(request(secret), secret)).toBe(false);
    expect(isCronAuthorized(request(), secret)).toBe(false);
  });
});
