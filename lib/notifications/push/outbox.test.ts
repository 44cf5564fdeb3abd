import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { pushMessages } from '@/db/schema';
import { createCustomer } from '@/test-support/factories/users';
import { listPushOutbox } from './outbox';

describe('the push outbox staff see', () => {
  it('names the shopper and the push service’s answer, filters by status, and leaves the text out', async () => {
    const shopper = await createCustomer();
    const message = { userId: shopper.id, template: 'order-dispatched', locale: 'ne' as const, title: 'secret title', body: 'secret body', url: '/orders/MN-1' };
    const [gone] = await db.insert(pushMessages).values({ ...message, status: 'failed', attempts: 1, lastStatusCode: 410, lastError: 'subscription gone' }).returning({ id: pushMessages.id });
    const [sent] = await db.insert(pushMessages).values({ ...message, status: 'sent', attempts: 1, lastStatusCode: 201, sentAt: new Date() }).returning({ id: pushMessages.id });

    const failed = await listPushOutbox(db, { status: 'failed' });
    const row = failed.rows.find((r) => r.id === gone!.id);
    expect(row).toMatchObject({ toEmail: shopper.email, template: 'order-dispatched', locale: 'ne', status: 'failed', lastStatusCode: 410, lastError: 'subscription gone' });
    expect(failed.rows.some((r) => r.id === sent!.id)).toBe(false);
    expect(failed.rows.every((r) => r.status === 'failed')).toBe(true);
    expect(JSON.stringify(failed.rows)).not.toContain('secret');
    expect((await listPushOutbox(db)).rows.map((r) => r.id)).toEqual(expect.arrayContaining([gone!.id, sent!.id]));
  });
});
