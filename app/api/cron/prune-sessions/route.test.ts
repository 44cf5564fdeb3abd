import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { sessions } from '@/db/schema';
import { startSession } from '@/lib/auth/sessions/store';
import { env } from '@/lib/env';
import { createUser } from '@/test-support/factories/users';
import { POST } from './route';

const call = (authorization?: string) =>
  POST(new Request('http://localhost/api/cron/prune-sessions', { method: 'POST', headers: authorization ? { authorization } : {} }));

describe('POST /api/cron/prune-sessions', () => {
  it('refuses a missing or wrong secret with 401 and deletes nothing', async () => {
    const user = await createUser();
    const old = await startSession(db, { userId: user.id, role: 'customer', twoFactorVerified: false, ip: null, userAgent: null }, new Date(Date.now() - 90 * 24 * 60 * 60_000));
    expect((await call()).status).toBe(401);
    expect((await call('Bearer not-the-secret')).status).toBe(401);
    expect(await db.select().from(sessions).where(eq(sessions.id, old.sessionId))).toHaveLength(1);

    const response = await call(`Bearer ${env.CRON_SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ complete: true });
    expect(await db.select().from(sessions).where(eq(sessions.id, old.sessionId))).toHaveLength(0);
  });
});
