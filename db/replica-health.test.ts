import { describe, expect, it } from 'vitest';
import { ReplicaHealth } from './replica-health';

describe('ReplicaHealth', () => {
  it('stays usable while probes answer, and turns unusable when one fails or hangs past its deadline', async () => {
    let answer: 'ok' | 'fail' | 'hang' = 'ok';
    const changes: boolean[] = [];
    const health = new ReplicaHealth(
      () => (answer === 'ok' ? Promise.resolve() : answer === 'fail' ? Promise.reject(new Error('refused')) : new Promise(() => {})),
      { intervalMs: 0, timeoutMs: 50, onChange: (usable) => changes.push(usable) },
    );
    await health.check();
    expect(health.usable()).toBe(true);
    answer = 'fail';
    await health.check();
    expect(health.usable()).toBe(false);
    answer = 'ok';
    await health.check();
    expect(health.usable()).toBe(true);
    answer = 'hang';
    const started = performance.now();
    await health.check();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(health.usable()).toBe(false);
    // Only changes are reported, so a long outage logs once.
    answer = 'fail';
    await health.check();
    expect(changes).toEqual([false, true, false]);
  });

  it('probes at most once per interval, in the background of a read', async () => {
    let probes = 0;
    const health = new ReplicaHealth(async () => void probes++, { intervalMs: 60_000 });
    for (let i = 0; i < 20; i++) health.usable();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(probes).toBe(1);
  });
});
