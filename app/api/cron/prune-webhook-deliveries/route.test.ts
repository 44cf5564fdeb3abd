import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { env } from '@/lib/env';
import { pruneWebhookDeliveries } from '@/lib/webhooks/prune-deliveries';
import { GET, POST } from './route';

const DAY_MS = 24 * 3_600_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const call = (handler: typeof GET, authorization?: string) =>
  handler(new Request('http://localhost/api/cron/prune-webhook-deliveries', { method: handler === GET ? 'GET' : 'POST', headers: authorization ? { authorization } : {} }));

async function endpointWith(deliveries: Partial<typeof webhookDeliveries.$inferInsert>[]) {
  const [endpoint] = await db.insert(webhookEndpoints).values({ url: 'https://partner.example.com/hooks', events: ['order.created'], secretEncrypted: 'sealed' }).returning({ id: webhookEndpoints.id });
  await db.insert(webhookDeliveries).values(deliveries.map((d, i) => ({ endpointId: endpoint!.id, eventId: `msg_${i}`, eventType: 'order.created', payload: {}, ...d })));
  return endpoint!.id;
}
const eventsLeft = async (endpointId: string) =>
  (await db.select({ eventId: webhookDeliveries.eventId }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.eventId)).map((d) => d.eventId);

describe('/api/cron/prune-webhook-deliveries', () => {
  it('refuses a missing or wrong secret, then deletes deliveries delivered or given up on over 30 days ago and keeps the rest', async () => {
    const endpointId = await endpointWith([
      { state: 'delivered', createdAt: daysAgo(40), nextAttemptAt: daysAgo(40), deliveredAt: daysAgo(40) },
      { state: 'failed', createdAt: daysAgo(33), nextAttemptAt: daysAgo(31) },
      // Replayed yesterday: old, but finished again only now.
      { state: 'delivered', createdAt: daysAgo(40), nextAttemptAt: daysAgo(1), deliveredAt: daysAgo(1) },
      { state: 'failed', createdAt: daysAgo(31), nextAttemptAt: daysAgo(29) },
      // Still queued (an endpoint turned on again may yet send it), however old.
      { state: 'pending', createdAt: daysAgo(60), nextAttemptAt: daysAgo(60) },
      { state: 'sending', createdAt: daysAgo(60), nextAttemptAt: daysAgo(60) },
    ]);

    expect((await call(POST)).status).toBe(401);
    expect((await call(GET, 'Bearer not-the-secret')).status).toBe(401);
    expect(await eventsLeft(endpointId)).toHaveLength(6);

    const response = await call(GET, `Bearer ${env.CRON_SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ complete: true });
    expect(await eventsLeft(endpointId)).toEqual(['msg_2', 'msg_3', 'msg_4', 'msg_5']);
  });

  it('two runs at once share the batches and delete each row once', async () => {
    const endpointId = await endpointWith(Array.from({ length: 250 }, () => ({ state: 'delivered' as const, deliveredAt: daysAgo(45) })));
    const [a, b] = await Promise.all([pruneWebhookDeliveries(db, { batchSize: 50 }), pruneWebhookDeliveries(db, { batchSize: 50 })]);
    expect(a.deleted + b.deleted).toBe(250);
    expect(await eventsLeft(endpointId)).toEqual([]);
  });
});
