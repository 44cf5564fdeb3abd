import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { signedIn, signInAs } from '@/test-support/admin-session';
import { createPrescription } from '@/test-support/factories/prescriptions';
import { createCustomer } from '@/test-support/factories/users';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; the user is then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));

const ask = (id: string) => GET(new Request(`http://localhost/api/prescriptions/${id}/status`), { params: Promise.resolve({ id }) });

const uploadedBy = async (customer: Awaited<ReturnType<typeof createCustomer>>) => (await createPrescription({ customer })).id;

describe('GET /api/prescriptions/[id]/status', () => {
  it('answers 401 without a session', async () => {
    const id = await uploadedBy(await createCustomer());
    signInAs(null);
    const response = await ask(id);
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toContain('no-store');
  });

  it('answers 404 for another shopper, an unknown id and a malformed one', async () => {
    const id = await uploadedBy(await createCustomer());
    signInAs(await createCustomer());
    const response = await ask(id);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect((await ask(randomUUID())).status).toBe(404);
    expect((await ask('not-a-uuid')).status).toBe(404);
  });

  it('tells the owner it is still reading while OCR is queued or running, and when it is done', async () => {
    const owner = await createCustomer();
    const id = await uploadedBy(owner);
    signInAs(owner);
    // A fresh `running` job is never claimed by another test's OCR drain, so set the states here.
    await db.update(prescriptions).set({ ocrStatus: 'running' }).where(eq(prescriptions.id, id));
    const running = await ask(id);
    expect(running.status).toBe(200);
    expect(running.headers.get('cache-control')).toContain('no-store');
    expect(await running.json()).toEqual({ reading: true, ocrStatus: 'running' });
    await db.update(prescriptions).set({ ocrStatus: 'done' }).where(eq(prescriptions.id, id));
    expect(await (await ask(id)).json()).toEqual({ reading: false, ocrStatus: 'done' });
    await db.update(prescriptions).set({ ocrStatus: 'failed' }).where(eq(prescriptions.id, id));
    expect(await (await ask(id)).json()).toEqual({ reading: false, ocrStatus: 'failed' });
    await db.update(prescriptions).set({ ocrStatus: 'queued' }).where(eq(prescriptions.id, id));
    expect(await (await ask(id)).json()).toMatchObject({ reading: true });
  });
});
