import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
const { signedIn, signInAs } = await import('@/test-support/admin-session');

// The session cookie is the one thing a test cannot make; everything after it is the real code.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('@/lib/audit/request-ip', () => ({ requestIp: async () => '127.0.0.1' }));

const { db } = await import('@/db/client');
const { auditLog } = await import('@/db/schema');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { GET } = await import('@/app/api/admin/exports/controlled-register/route');

const exportsBy = (userId: string) => db.select({ details: auditLog.details, ip: auditLog.ip }).from(auditLog).where(and(eq(auditLog.action, 'export.controlled_register'), eq(auditLog.actorId, userId)));
const request = (query = '') => new Request(`http://shop.test/api/admin/exports/controlled-register${query}`);

describe('exporting the controlled-medicine register', () => {
  it('gives a verified pharmacist the CSV and audits who exported which days', async () => {
    const pharmacist = await createStaff('pharmacist');
    signInAs(pharmacist);
    const response = await GET(request('?from=2026-01-01&to=2026-12-31&page=9'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="medinest-controlled-register-\d{4}-\d{2}-\d{2}\.csv"/);
    expect((await response.text()).replace('\uFEFF', '').split('\r\n')[0]).toMatch(/^entry,dispensed_on,/);
    expect(await exportsBy(pharmacist.id)).toEqual([{ details: { from: '2026-01-01', to: '2026-12-31', rows: expect.any(Number) }, ip: '127.0.0.1' }]);
  });

  it('refuses a shopper, an anonymous visitor and staff without two-factor, and audits no export for them', async () => {
    const shopper = await createCustomer();
    signInAs(shopper);
    const refused = await GET(request());
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('entry,');
    expect(await exportsBy(shopper.id)).toEqual([]);

    signInAs(null);
    expect((await GET(request())).status).toBe(401);

    const unverified = await createStaff('pharmacist');
    signInAs(unverified, false);
    expect((await GET(request())).status).toBe(401);
    expect(await exportsBy(unverified.id)).toEqual([]);
  });

  it('ignores malformed days instead of passing them to the query', async () => {
    const admin = await createStaff('admin');
    signInAs(admin);
    const response = await GET(request(`?from=${encodeURIComponent("2026-01-01' or 1=1 --")}&to=${'9'.repeat(5000)}`));
    expect(response.status).toBe(200);
    expect(await exportsBy(admin.id)).toEqual([{ details: { rows: expect.any(Number) }, ip: '127.0.0.1' }]);
  });
});
