import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { makeUser, signedIn, signInAs } from '@/lib/admin/test-support';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; the user and its role are then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));

const file = () => ({ fileKey: `k-${randomUUID()}`, fileStorage: 'local', fileMime: 'image/png', fileSize: 1, fileSha256: 'x' });
const waiting = async () => ((await (await GET()).json()) as { waiting: number }).waiting;

describe('GET /api/admin/prescriptions/waiting', () => {
  it('refuses anonymous visitors with 401 and customers with 403, never cacheable', async () => {
    signInAs(null);
    const anonymous = await GET();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toContain('no-store');

    signInAs(await makeUser('customer'));
    const customer = await GET();
    expect(customer.status).toBe(403);
    expect(customer.headers.get('cache-control')).toContain('no-store');
  });

  it('refuses a pharmacist whose session has not passed two-factor with 401', async () => {
    signInAs(await makeUser('pharmacist'), false);
    expect((await GET()).status).toBe(401);
  });

  it('counts the prescriptions waiting for review for a pharmacist and an admin', async () => {
    const shopper = await makeUser('customer');
    signInAs(await makeUser('pharmacist'));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const before = ((await response.json()) as { waiting: number }).waiting;

    await db.insert(prescriptions).values([
      { userId: shopper.id, ...file(), status: 'pending' },
      { userId: shopper.id, ...file(), status: 'pending' },
      { userId: shopper.id, ...file(), status: 'approved' },
      { userId: shopper.id, ...file(), status: 'rejected' },
    ]);
    expect(await waiting()).toBe(before + 2);
    signInAs(await makeUser('admin'));
    expect(await waiting()).toBe(before + 2);
  });
});
