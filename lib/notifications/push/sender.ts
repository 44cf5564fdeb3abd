import 'server-only';
import type { Agent } from 'node:https';
import webpush from 'web-push';
import { env } from '@/lib/env';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushSendOutcome = { statusCode: number };

/** How the push service refused a message: `gone` deletes the subscription, `permanent` gives up, anything else retries. */
export class PushServiceError extends Error {
  constructor(
    readonly kind: 'gone' | 'permanent' | 'retry',
    readonly statusCode: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'PushServiceError';
  }
}

export interface PushSender {
  send(target: PushTarget, payload: string): Promise<PushSendOutcome>;
}

// 404 and 410: the browser unsubscribed or the subscription expired (RFC 8030 §7.3). 400 and 413:
// this message can never be delivered, so sending it again helps nobody.
function kindOf(statusCode: number): PushServiceError['kind'] {
  if (statusCode === 404 || statusCode === 410) return 'gone';
  if (statusCode === 400 || statusCode === 413) return 'permanent';
  return 'retry';
}

/**
 * Web Push through the `web-push` library: the payload encrypted to the subscription's keys
 * (aes128gcm, RFC 8291) and signed with the shop's VAPID key (RFC 8292). Kept four days at the
 * push service for a phone that is off. `agent` lets tests trust a local push service's certificate.
 */
export class WebPushSender implements PushSender {
  constructor(private readonly config: { publicKey: string; privateKey: string; subject: string; timeoutMs: number; agent?: Agent }) {}

  async send(target: PushTarget, payload: string): Promise<PushSendOutcome> {
    try {
      const result = await webpush.sendNotification({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
        vapidDetails: { subject: this.config.subject, publicKey: this.config.publicKey, privateKey: this.config.privateKey },
        TTL: 4 * 24 * 60 * 60,
        urgency: 'normal',
        contentEncoding: 'aes128gcm',
        timeout: this.config.timeoutMs,
        ...(this.config.agent ? { agent: this.config.agent } : {}),
      });
      return { statusCode: result.statusCode };
    } catch (error) {
      if (error instanceof webpush.WebPushError) {
        throw new PushServiceError(kindOf(error.statusCode), error.statusCode, `push service answered ${error.statusCode}${error.body ? `: ${error.body.slice(0, 200)}` : ''}`);
      }
      throw new PushServiceError('retry', null, error instanceof Error ? error.message : String(error));
    }
  }
}

export function defaultPushSender(): PushSender {
  return new WebPushSender({ publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject: env.VAPID_SUBJECT, timeoutMs: env.PUSH_TIMEOUT_MS });
}
