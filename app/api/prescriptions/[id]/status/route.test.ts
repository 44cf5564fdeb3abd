import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { makeUser, signedIn, signInAs } from '@/lib/admin/test-support';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; the user is then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));

const ask = (id: string) => GET(new Request(`http://localhost/api/prescriptions/${id}/status`), { params: Promise.resolve({ id }) });

async function uploadedBy(userId: string) {
  const [row] = await db
    .insert(prescriptions)
    .values({ userId, fileKey: `k-${randomUUID()}`, fileStorage: 'local', fileMime: 'image/png', fileSize: 1, fileSha256: 'x' })
    .returning({ id: prescriptions.id });
  return row!.id;
}

describe('GET /api/prescriptions/[id]/status', () => {
  it('answers 401 without a session', async () => {
    const id = await uploadedBy((await makeUser('customer')).id);
    signInAs(null);
    const response = await ask(id);
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toContain('no-store');
  });

  it('answers 404 for another shopper, an unknown id and a malformed one', async () => {
    const id = await uploadedBy((await makeUser('customer')).id);
    signInAs(await makeUser('customer'));
    const response = await ask(id);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect((await ask(randomUUID())).status).toBe(404);
    expect((await ask('not-a-uuid')).status).toBe(404);
  });

  it('tells the owner it is still reading while OCR is queued or running, and when it is done', async () => {
    const owner = await makeUser('customer');
    const id = await uploadedBy(owner.id);
    signInAs(owner);
    const queued = await ask(id);
    expect(queued.status).toBe(200);
    expect(queued.headers.get('cache-control')).toContain('no-store');
    expect(await queued.json()).toEqual({ reading: true, ocrStatus: 'queued' });

    await db.update(prescriptions).set({ ocrStatus: 'running' }).where(eq(prescriptions.id, id));
    expect(await (await ask(id)).json()).toEqual({ reading: true, ocrStatus: 'running' });
    await db.update(prescriptions).set({ ocrStatus: 'done' }).where(eq(prescriptions.id, id));
    expect(await (await ask(id)).json()).toEqual({ reading: false, ocrStatus: 'done' });
    await db.update(prescriptions).set({ ocrStatus: 'failed' }).where(eq(prescriptions.id, id));
    expect(await (await ask(id)).json()).toEqual({ reading: false, ocrStatus: 'failed' });
  });
});
