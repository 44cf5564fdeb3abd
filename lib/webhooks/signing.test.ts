import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, verifyWebhook, webhookHeaders, webhookSignature } from './signing';

// The example in the Standard Webhooks specification (and the libraries built on it).
const SPEC = { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' };

describe('Standard Webhooks signing', () => {
  it('matches the specification’s example and an HMAC computed here with node:crypto', () => {
    const independent = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')).update(`${SPEC.id}.${SPEC.timestamp}.${SPEC.body}`).digest('base64');
    expect(webhookSignature(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body)).toBe(`v1,${independent}`);
    expect(webhookSignature(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('sends the three headers with the signature over id, timestamp and the exact body', () => {
    const headers = webhookHeaders(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body);
    expect(headers).toEqual({
      'content-type': 'application/json',
      'webhook-id': SPEC.id,
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('makes whsec_ secrets of 24 random bytes, different each time', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(24);
    expect(generateWebhookSecret()).not.toBe(a);
  });

  it('verifies within the tolerance and refuses a changed body, another secret, or an old timestamp', () => {
    const now = SPEC.timestamp * 1000;
    const headers = { id: SPEC.id, timestamp: String(SPEC.timestamp), signature: webhookSignature(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body) };
    expect(verifyWebhook(SPEC.secret, headers, SPEC.body, now)).toBe(true);
    expect(verifyWebhook(SPEC.secret, { ...headers, signature: `v1,bm9wZQ== ${headers.signature}` }, SPEC.body, now)).toBe(true);
    expect(verifyWebhook(SPEC.secret, headers, '{"test": 2432232315}', now)).toBe(false);
    expect(verifyWebhook(generateWebhookSecret(), headers, SPEC.body, now)).toBe(false);
    expect(verifyWebhook(SPEC.secret, headers, SPEC.body, now + 301_000)).toBe(false);
    expect(verifyWebhook(SPEC.secret, { ...headers, timestamp: '1614265330.5' }, SPEC.body, now)).toBe(false);
  });
});
