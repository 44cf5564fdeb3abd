import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.mjs';

const fail = () => Promise.reject(new Error('connection refused'));
const hang = (signal: AbortSignal) => new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

describe('circuit breaker', () => {
  it('gives up on a call that does not answer at the deadline, and aborts it', async () => {
    const breaker = new CircuitBreaker({ timeoutMs: 50, failuresToOpen: 1 });
    let aborted = false;
    const started = performance.now();
    const result = await breaker.run(async (signal) => {
      signal.addEventListener('abort', () => (aborted = true));
      return hang(signal);
    }, 'fallback');
    expect(result).toBe('fallback');
    expect(performance.now() - started).toBeLessThan(200);
    expect(aborted).toBe(true);
    expect(breaker.isOpen).toBe(true);
  });

  it('while open answers with the fallback without calling, then probes once after the wait', async () => {
    const opened: unknown[] = [];
    let closed = 0;
    const breaker = new CircuitBreaker({ timeoutMs: 50, retryAfterMs: 60, failuresToOpen: 1, onOpen: (error) => opened.push(error), onClose: () => (closed += 1) });
    let calls = 0;
    const counted = async () => {
      calls += 1;
      return 'live';
    };
    expect(await breaker.run(fail, 'fallback')).toBe('fallback');
    expect(opened).toHaveLength(1);
    expect(await breaker.run(counted, 'fallback')).toBe('fallback');
    expect(calls).toBe(0);

    await sleep(80);
    // One probe at a time: a second call while the probe runs is not let through.
    const probe = breaker.run(async () => {
      calls += 1;
      await sleep(20);
      return 'live';
    }, 'fallback');
    expect(await breaker.run(counted, 'fallback')).toBe('fallback');
    expect(await probe).toBe('live');
    expect(calls).toBe(1);
    expect(closed).toBe(1);
    expect(await breaker.run(counted, 'fallback')).toBe('live');
    expect(opened).toHaveLength(1);
  });

  it('doubles the wait after each failed probe, up to the maximum', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ retryAfterMs: 100, maxRetryAfterMs: 300, failuresToOpen: 1, now: () => now });
    await breaker.run(fail, null);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      waits.push(breaker.retryAt - now);
      now = breaker.retryAt - 1;
      expect(breaker.allows()).toBe(false);
      now = breaker.retryAt;
      await breaker.run(fail, null);
    }
    expect(waits).toEqual([100, 200, 300, 300]);
  });

  it('stays closed through a slow answer among good ones, and opens on three failures in a row', async () => {
    const opened: unknown[] = [];
    const breaker = new CircuitBreaker({ timeoutMs: 30, onOpen: (error) => opened.push(error) });
    const live = async () => 'live';
    // A busy moment: one call misses the deadline, two fail, each between answers.
    for (const miss of [hang, fail, fail]) {
      expect(await breaker.run(miss, 'fallback')).toBe('fallback');
      expect(breaker.isOpen).toBe(false);
      expect(await breaker.run(live, 'fallback')).toBe('live');
    }
    // Down: two failures leave it closed, the third opens it, and the next call is not made.
    expect(await breaker.run(fail, 'fallback')).toBe('fallback');
    expect(await breaker.run(hang, 'fallback')).toBe('fallback');
    expect(breaker.isOpen).toBe(false);
    expect(await breaker.run(fail, 'fallback')).toBe('fallback');
    expect(breaker.isOpen).toBe(true);
    expect(opened).toHaveLength(1);
    let called = false;
    expect(await breaker.run(async () => ((called = true), 'live'), 'fallback')).toBe('fallback');
    expect(called).toBe(false);
  });

  it('never rejects, whatever the call throws', async () => {
    const breaker = new CircuitBreaker();
    await expect(breaker.run(() => { throw new TypeError('sync throw'); }, 7)).resolves.toBe(7);
  });
});
