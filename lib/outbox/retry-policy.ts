/** How often an outbox row is tried, and how long it waits after each failed attempt. */
export type RetryPolicy = { maxAttempts: number; delayMs: (attempts: number) => number };

/** Email, SMS and push: 1, 2, 4, 8 … minutes after each failure, at most an hour; five attempts. */
export const MESSAGE_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  delayMs: (attempts) => Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1)),
};

/**
 * Webhooks wait after attempts 1…7 (8 attempts in all, about 26 hours): quick ones for a blip,
 * long ones for a receiver that is down overnight. The dispatcher runs every minute, so the first
 * retry comes at the next run.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 8 * 3_600_000, 10 * 3_600_000] as const;
export const WEBHOOK_RETRY_POLICY: RetryPolicy = {
  maxAttempts: WEBHOOK_RETRY_DELAYS_MS.length + 1,
  delayMs: (attempts) => WEBHOOK_RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), WEBHOOK_RETRY_DELAYS_MS.length) - 1]!,
};
