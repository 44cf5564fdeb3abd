import { describe, expect, it } from 'vitest';
import { signTicket, verifyTicket } from './ticket';

const secret = 'a'.repeat(40);
const base = { purpose: 'sign-in' as const, userId: '5d0f0c3e-1111-4222-8333-444455556666', twoFactorVerified: true };

describe('sign-in tickets', () => {
  it('round-trips a ticket signed with the same secret before it expires', () => {
    const token = signTicket(secret, { ...base, expiresAt: Date.now() + 60_000 });
    expect(verifyTicket(secret, token, 'sign-in')).toMatchObject(base);
  });

  it('refuses an expired ticket, a ticket for another purpose, or one signed with another secret', () => {
    expect(verifyTicket(secret, signTicket(secret, { ...base, expiresAt: Date.now() - 1 }), 'sign-in')).toBeNull();
    expect(verifyTicket(secret, signTicket(secret, { ...base, expiresAt: Date.now() + 60_000 }), 'two-factor-challenge')).toBeNull();
    expect(verifyTicket('b'.repeat(40), signTicket(secret, { ...base, expiresAt: Date.now() + 60_000 }), 'sign-in')).toBeNull();
  });

  it('refuses a ticket whose body was edited to claim two-factor', () => {
    const token = signTicket(secret, { ...base, twoFactorVerified: false, expiresAt: Date.now() + 60_000 });
    const [body, mac] = token.split('.');
    const edited = JSON.parse(Buffer.from(body!, 'base64url').toString());
    edited.twoFactorVerified = true;
    const forged = `${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${mac}`;
    expect(verifyTicket(secret, forged, 'sign-in')).toBeNull();
    expect(verifyTicket(secret, 'garbage', 'sign-in')).toBeNull();
    expect(verifyTicket(secret, undefined, 'sign-in')).toBeNull();
  });
});
