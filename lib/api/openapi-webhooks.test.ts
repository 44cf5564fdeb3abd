import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/events';
import { buildOpenApiDocument } from './openapi';

type Doc = {
  webhooks: Record<string, { post: { parameters: { name: string; in: string }[]; requestBody: { content: { 'application/json': { schema: { properties: Record<string, { $ref?: string; const?: string }> } } } } } }>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

describe('OpenAPI webhooks section', () => {
  const doc = buildOpenApiDocument('https://shop.example') as unknown as Doc;

  it('describes the four events, each with the signature headers and its payload from the zod schema', () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const type of WEBHOOK_EVENT_TYPES) {
      const operation = doc.webhooks[type]!.post;
      expect(operation.parameters.filter((p) => p.in === 'header').map((p) => p.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
      const envelope = operation.requestBody.content['application/json'].schema;
      expect(envelope.properties.type).toMatchObject({ const: type });
      const ref = envelope.properties.data!.$ref!;
      expect(ref).toMatch(/^#\/components\/schemas\/\w+Event$/);
      expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined();
    }
    expect(doc.components.schemas.OrderStatusChangedEvent!.required).toEqual(expect.arrayContaining(['orderId', 'orderNumber', 'from', 'to', 'by']));
    expect(doc.components.schemas.PaymentCompletedEvent!.required).toEqual(expect.arrayContaining(['paymentId', 'amountPaisa', 'outcome']));
    expect(doc.components.schemas.PrescriptionDecidedEvent!.required).toEqual(expect.arrayContaining(['prescriptionId', 'decision']));
  });

  it('names no shopper details in any payload', () => {
    const text = JSON.stringify(['OrderCreatedEvent', 'OrderStatusChangedEvent', 'PaymentCompletedEvent', 'PrescriptionDecidedEvent'].map((id) => doc.components.schemas[id]));
    for (const field of ['email', 'phone', 'address', 'name"', 'recipientName']) expect(text).not.toContain(field);
  });
});
