import { z } from 'zod';

/** base64url of exactly `bytes` bytes (what PushSubscription.toJSON() gives for its keys). */
const base64urlBytes = (bytes: number, message: string) =>
  z
    .string()
    .max(200)
    .refine((v) => /^[A-Za-z0-9_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64url').length === bytes, message);

/**
 * A browser's push subscription, as PushSubscription.toJSON() sends it to /api/push/subscriptions.
 * The endpoint is the push service's https address (which push services are accepted is
 * lib/notifications/push/push-services.ts); the keys are what messages are encrypted to (RFC 8291).
 */
export const pushSubscriptionSchema = z.object({
  endpoint: z
    .string()
    .max(1000, 'The endpoint is too long.')
    .refine((v) => URL.canParse(v) && new URL(v).protocol === 'https:' && !new URL(v).username && !new URL(v).password, 'The endpoint must be an https address.'),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    // An uncompressed P-256 point: 0x04, then x and y.
    p256dh: base64urlBytes(65, 'The p256dh key must be a P-256 public key.').refine((v) => Buffer.from(v, 'base64url')[0] === 4, 'The p256dh key must be a P-256 public key.'),
    auth: base64urlBytes(16, 'The auth secret must be 16 bytes.'),
  }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

/** Opting out names the subscription by its endpoint; only the signed-in shopper's own is deleted. */
export const pushEndpointSchema = z.object({ endpoint: pushSubscriptionSchema.shape.endpoint });
