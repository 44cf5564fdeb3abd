import { describe, expect, it } from 'vitest';
import { MESSAGE_RETRY_POLICY, WEBHOOK_RETRY_POLICY } from './retry-policy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('retry policies', () => {
  it('email, SMS and push wait 1, 2, 4, 8, 16 minutes after attempts 1 to 5, never more than an hour, and stop after 5', () => {
    expect(MESSAGE_RETRY_POLICY.maxAttempts).toBe(5);
    expect([1, 2, 3, 4, 5].map(MESSAGE_RETRY_POLICY.delayMs)).toEqual([1, 2, 4, 8, 16].map((m) => m * MINUTE));
    expect(MESSAGE_RETRY_POLICY.delayMs(0)).toBe(MINUTE);
    expect(MESSAGE_RETRY_POLICY.delayMs(12)).toBe(HOUR);
  });

  it('webhooks wait 1 min, 5 min, 30 min, 2 h, 5 h, 8 h, 10 h and stop after 8 attempts; the last wait repeats', () => {
    expect(WEBHOOK_RETRY_POLICY.maxAttempts).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7].map(WEBHOOK_RETRY_POLICY.delayMs)).toEqual([MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 8 * HOUR, 10 * HOUR]);
    expect(WEBHOOK_RETRY_POLICY.delayMs(8)).toBe(10 * HOUR);
    expect(WEBHOOK_RETRY_POLICY.delayMs(0)).toBe(MINUTE);
  });
});
