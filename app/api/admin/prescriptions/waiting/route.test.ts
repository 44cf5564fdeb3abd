import { describe, expect, it, vi } from 'vitest';
import { signedIn, signInAs } from '@/test-support/admin-session';
import { createPrescription } from '@/test-support/factories/prescriptions';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; the user and its role are then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));

const waiting = async () => ((await (await GET()).json()) as { waiting: number }).waiting;

describe('GET /api/admin/prescriptions/waiting', () => {
  it('refuses anonymous visitors with 401 and customers with 403, never cacheable', async () => {
    signInAs(null);
    const anonymous = await GET();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toContain('no-store');

    signInAs(await createCustomer());
    const customer = await GET();
    expect(customer.status).toBe(403);
    expect(customer.headers.get('cache-control')).toContain('no-store');
  });

  it('refuses a pharmacist whose session has not passed two-factor with 401', async () => {
    signInAs(await createStaff('pharmacist'), false);
    expect((await GET()).status).toBe(401);
  });

  it('counts the prescriptions waiting for review for a pharmacist and an admin', async () => {
    const shopper = await createCustomer();
    signInAs(await createStaff('pharmacist'));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const before = ((await response.json()) as { waiting: number }).waiting;

    await createPrescription({ customer: shopper });
    await createPrescription({ customer: shopper });
    await createPrescription({ customer: shopper, status: 'approved' });
    await createPrescription({ customer: shopper, status: 'rejected' });
    expect(await waiting()).toBe(before + 2);
    signInAs(await createStaff('admin'));
    expect(await waiting()).toBe(before + 2);
  });
});
