import { z } from 'zod';
import { orderStatus, paymentMethod, paymentStatus } from '@/db/schema/orders';
import { REJECTION_REASONS } from '@/lib/prescriptions/validation';

/**
 * The events partners can subscribe to and the `data` each carries. One home: the emitters type
 * their payloads with these, and the OpenAPI document (lib/api/openapi.ts) describes them from the
 * same schemas. Payloads name orders and prescriptions by id and number only: no shopper's name,
 * address or medicines leave with a webhook; a partner with a key reads those through the API.
 */
const dateTime = z.iso.datetime({ offset: true });
const paisa = z.number().int().meta({ description: 'Amount in paisa (NPR × 100).' });
const status = z.enum(orderStatus.enumValues);
const payment = z.enum(paymentStatus.enumValues);
const orderRef = { orderId: z.uuid(), orderNumber: z.string() };

export const WEBHOOK_EVENT_SCHEMAS = {
  'order.created': z
    .object({ ...orderRef, status, paymentStatus: payment, paymentMethod: z.enum(paymentMethod.enumValues), totalPaisa: paisa })
    .meta({ id: 'OrderCreatedEvent', description: 'An order was placed (checkout on the site, an app or the API).' }),
  'order.status_changed': z
    .object({
      ...orderRef,
      from: z.object({ status, paymentStatus: payment }),
      to: z.object({ status, paymentStatus: payment }),
      by: z.enum(['customer', 'staff', 'system']).meta({ description: 'Who moved it: the shopper, the pharmacy, or the shop itself (payment, expiry).' }),
    })
    .meta({ id: 'OrderStatusChangedEvent', description: 'An order moved on: its status, its payment status, or both.' }),
  'payment.completed': z
    .object({
      ...orderRef,
      paymentId: z.uuid(),
      provider: z.string(),
      amountPaisa: paisa,
      reference: z.string().nullable().meta({ description: "The provider's reference for the payment." }),
      outcome: z.enum(['paid', 'refund_due', 'duplicate']).meta({ description: 'paid: the order is paid; refund_due: it was cancelled first; duplicate: another payment had already paid it.' }),
    })
    .meta({ id: 'PaymentCompletedEvent', description: "An online payment was confirmed by the provider's server." }),
  'prescription.decided': z
    .object({
      prescriptionId: z.uuid(),
      decision: z.enum(['approved', 'rejected']),
      validUntil: z.iso.date().nullable(),
      rejectionReason: z.enum(REJECTION_REASONS).nullable(),
      confirmedOrders: z.array(z.string()).meta({ description: 'Order numbers the approval released.' }),
      cancelledOrders: z.array(z.string()).meta({ description: 'Order numbers the rejection cancelled.' }),
    })
    .meta({ id: 'PrescriptionDecidedEvent', description: 'A pharmacist approved or rejected a prescription.' }),
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_SCHEMAS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_SCHEMAS) as WebhookEventType[];
export type WebhookEventData<T extends WebhookEventType> = z.input<(typeof WEBHOOK_EVENT_SCHEMAS)[T]>;

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'order.created': 'an order is placed',
  'order.status_changed': 'an order or its payment changes status',
  'payment.completed': 'an online payment is confirmed',
  'prescription.decided': 'a prescription is approved or rejected',
};

export const isWebhookEventType = (value: string): value is WebhookEventType => Object.hasOwn(WEBHOOK_EVENT_SCHEMAS, value);

/** The body POSTed: Standard Webhooks' envelope around the event's data. `webhook.test` is what "Send test event" sends. */
export function webhookEnvelope(type: WebhookEventType | 'webhook.test', data: unknown, timestamp: Date): { type: string; timestamp: string; data: unknown } {
  return { type, timestamp: timestamp.toISOString(), data };
}

export const webhookEnvelopeSchema = (type: WebhookEventType) =>
  z.object({ type: z.literal(type), timestamp: dateTime, data: WEBHOOK_EVENT_SCHEMAS[type] });
