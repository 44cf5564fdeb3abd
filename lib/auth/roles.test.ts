import { describe, expect, it } from 'vitest';
import { canAccess, decideStaffAccess } from './roles';

describe('canAccess', () => {
  it('lets admins through the pharmacist gate but not pharmacists through the admin gate', () => {
    expect(canAccess({ role: 'admin' }, 'pharmacist')).toBe(true);
    expect(canAccess({ role: 'admin' }, 'admin')).toBe(true);
    expect(canAccess({ role: 'pharmacist' }, 'pharmacist')).toBe(true);
    expect(canAccess({ role: 'pharmacist' }, 'admin')).toBe(false);
  });

  it('refuses customers and anonymous visitors at every staff gate', () => {
    expect(canAccess({ role: 'customer' }, 'pharmacist')).toBe(false);
    expect(canAccess({ role: 'customer' }, 'admin')).toBe(false);
    expect(canAccess(null, 'pharmacist')).toBe(false);
  });
});

describe('decideStaffAccess', () => {
  const pharmacist = { role: 'pharmacist' as const, twoFactorEnabled: true };

  it('sends anonymous visitors to sign in and customers to 403', () => {
    expect(decideStaffAccess(null, false, 'pharmacist')).toBe('sign-in');
    expect(decideStaffAccess({ role: 'customer', twoFactorEnabled: false }, false, 'pharmacist')).toBe('forbidden');
  });

  it('holds staff at enrolment until two-factor is on and verified in this session', () => {
    expect(decideStaffAccess({ ...pharmacist, twoFactorEnabled: false }, false, 'pharmacist')).toBe('enrol-two-factor');
    expect(decideStaffAccess(pharmacist, false, 'pharmacist')).toBe('enrol-two-factor');
    expect(decideStaffAccess(pharmacist, true, 'pharmacist')).toBe('allow');
  });

  it('refuses a verified pharmacist at the admin gate', () => {
    expect(decideStaffAccess(pharmacist, true, 'admin')).toBe('forbidden');
  });
});
