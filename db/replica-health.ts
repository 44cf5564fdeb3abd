/**
 * Whether report reads may go to the read replica. A replica that stops answering (restarted,
 * failed over, network) must not take the dashboard, the exports and the audit list down with it:
 * while its last probe failed, reports read the primary instead. Probes run lazily — at most one at
 * a time, when a report is read and the last probe is older than `intervalMs` — so no timer keeps a
 * script or a test process alive. A report read in the moment between the replica failing and the
 * next probe still fails once; the one after it reads the primary.
 */
export type ReplicaHealthOptions = {
  intervalMs?: number;
  timeoutMs?: number;
  onChange?: (usable: boolean, reason?: unknown) => void;
};

export class ReplicaHealth {
  private usableNow = true;
  private lastProbeAt = 0;
  private probing: Promise<void> | undefined;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly options: ReplicaHealthOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 5_000;
    this.timeoutMs = options.timeoutMs ?? 1_000;
  }

  /** The answer of the last probe; starts the next one in the background when it is due. */
  usable(): boolean {
    if (!this.probing && Date.now() - this.lastProbeAt >= this.intervalMs) {
      this.probing = this.check().finally(() => {
        this.probing = undefined;
      });
    }
    return this.usableNow;
  }

  /** One probe now; resolves when its answer is recorded (tests and start-up await it). */
  async check(): Promise<void> {
    this.lastProbeAt = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the replica did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      await Promise.race([this.probe(), timeout]);
      this.record(true);
    } catch (error) {
      this.record(false, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private record(usable: boolean, reason?: unknown) {
    if (usable === this.usableNow) return;
    this.usableNow = usable;
    this.options.onChange?.(usable, reason);
  }
}
