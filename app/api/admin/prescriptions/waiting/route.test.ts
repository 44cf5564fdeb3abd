import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import { signedIn, signInAs } from '@/test-support/admin-session';
import { createPrescription } from '@/test-support/factories/prescriptions';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; the user and its role are then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));

const get = () => GET(new Request('http://shop.test/api/admin/prescriptions/waiting'));
const waiting = async () => ((await (await get()).json()) as { waiting: number }).waiting;

/**
 * The route's number beside the table's own count, read while other test files (which share this
 * database and run in parallel) cannot add or decide prescriptions: SHARE mode blocks writes, not reads.
 */
async function routeAndTableCounts(): Promise<{ route: number; table: number }> {
  const pendingInTable = async (database: Pick<typeof db, 'execute'>) =>
    ((await database.execute(sql`select count(*)::int as n from prescriptions where status = 'pending'`)) as unknown as { n: number }[])[0]!.n;
  // The embedded database has one connection and runs one file at a time: nothing to hold off there.
  if (env.embeddedDatabase) return { table: await pendingInTable(db), route: await waiting() };
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table prescriptions in share mode`);
    return { table: await pendingInTable(tx), route: await waiting() };
  });
}

describe('GET /api/admin/prescriptions/waiting', () => {
  it('refuses anonymous visitors with 401 and customers with 403, never cacheable', async () => {
    signInAs(null);
    const anonymous = await get();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toContain('no-store');

    signInAs(await createCustomer());
    const customer = await get();
    expect(customer.status).toBe(403);
    expect(customer.headers.get('cache-control')).toContain('no-store');
  });

  it('refuses a pharmacist whose session has not passed two-factor with 401', async () => {
    signInAs(await createStaff('pharmacist'), false);
    expect((await get()).status).toBe(401);
  });

  it('counts the prescriptions waiting for review for a pharmacist and an admin', async () => {
    const shopper = await createCustomer();
    signInAs(await createStaff('pharmacist'));
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const before = await routeAndTableCounts();
    expect(before.route).toBe(before.table);

    // Two waiting and two decided: a count that ignored the status, or missed new uploads, differs.
    await createPrescription({ customer: shopper });
    await createPrescription({ customer: shopper });
    await createPrescription({ customer: shopper, status: 'approved' });
    await createPrescription({ customer: shopper, status: 'rejected' });
    const [own] = (await db.execute(sql`select count(*)::int as n from prescriptions where user_id = ${shopper.id} and status = 'pending'`)) as unknown as { n: number }[];
    expect(own!.n).toBe(2);
    const afterUploads = await routeAndTableCounts();
    expect(afterUploads.route).toBe(afterUploads.table);
    expect(afterUploads.route).toBeGreaterThanOrEqual(2);

    signInAs(await createStaff('admin'));
    const forAdmin = await routeAndTableCounts();
    expect(forAdmin.route).toBe(forAdmin.table);
  });
});
