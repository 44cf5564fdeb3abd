import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, arrayContains, eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { WEBHOOK_EVENT_SCHEMAS, webhookEnvelope, type WebhookEventData, type WebhookEventType } from './events';

/** `msg_` and 128 random bits: the `webhook-id` a receiver deduplicates on. */
export const newEventId = () => `msg_${randomBytes(16).toString('base64url')}`;

/**
 * Queues an event for every enabled endpoint subscribed to it. Call it with the transaction of the
 * change: the deliveries exist exactly when the change committed, and the dispatcher sends them
 * later. The data goes through the event's schema, so a field it does not name never leaves.
 */
export async function emitWebhookEvent<T extends WebhookEventType>(tx: Transaction | Database, type: T, data: WebhookEventData<T>, now = new Date()): Promise<number> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.events, [type])));
  if (endpoints.length === 0) return 0;
  const eventId = newEventId();
  const payload = webhookEnvelope(type, WEBHOOK_EVENT_SCHEMAS[type].parse(data), now);
  await tx.insert(webhookDeliveries).values(endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId, eventType: type, payload })));
  return endpoints.length;
}
