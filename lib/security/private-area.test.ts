import { describe, expect, it } from 'vitest';
import { decidePrivateArea } from './private-area';

const APP = 'http://127.0.0.1:3000';

const customer = { role: 'customer' as const, twoFactorEnabled: false };
const pharmacist = { role: 'pharmacist' as const, twoFactorEnabled: true };
const admin = { role: 'admin' as const, twoFactorEnabled: true };

describe('decidePrivateArea', () => {
  it('leaves public pages alone', () => {
    expect(decidePrivateArea('/products?q=x', { user: null, twoFactorVerified: false }, APP)).toEqual({ kind: 'pass' });
    expect(decidePrivateArea('/administrator', { user: null, twoFactorVerified: false }, APP)).toEqual({ kind: 'pass' });
  });

  it('sends anonymous visitors to sign in, keeping where they were going', () => {
    expect(decidePrivateArea('/admin/outbox?status=failed', { user: null, twoFactorVerified: false }, APP)).toEqual({ kind: 'redirect', location: '/login?next=%2Fadmin%2Foutbox%3Fstatus%3Dfailed' });
    expect(decidePrivateArea('/account', { user: null, twoFactorVerified: false }, APP)).toEqual({ kind: 'redirect', location: '/login?next=%2Faccount' });
  });

  it('answers 403 to customers in the back office and to pharmacists on admin-only pages', () => {
    expect(decidePrivateArea('/admin', { user: customer, twoFactorVerified: false }, APP)).toEqual({ kind: 'forbidden' });
    expect(decidePrivateArea('/admin/outbox', { user: pharmacist, twoFactorVerified: true }, APP)).toEqual({ kind: 'forbidden' });
    expect(decidePrivateArea('/admin/products/new', { user: pharmacist, twoFactorVerified: true }, APP)).toEqual({ kind: 'forbidden' });
    expect(decidePrivateArea('/admin/categories/3', { user: pharmacist, twoFactorVerified: true }, APP)).toEqual({ kind: 'forbidden' });
    expect(decidePrivateArea('/admin/prescriptions', { user: pharmacist, twoFactorVerified: true }, APP)).toEqual({ kind: 'pass' });
    expect(decidePrivateArea('/admin/outbox', { user: admin, twoFactorVerified: true }, APP)).toEqual({ kind: 'pass' });
  });

  it('sends staff without a verified second factor to enrolment', () => {
    expect(decidePrivateArea('/admin', { user: { ...pharmacist, twoFactorEnabled: false }, twoFactorVerified: false }, APP)).toEqual({ kind: 'redirect', location: '/account/two-factor' });
    expect(decidePrivateArea('/admin', { user: pharmacist, twoFactorVerified: false }, APP)).toEqual({ kind: 'redirect', location: '/account/two-factor' });
    expect(decidePrivateArea('/account/two-factor', { user: { ...pharmacist, twoFactorEnabled: false }, twoFactorVerified: false }, APP)).toEqual({ kind: 'pass' });
  });
});
