import type { PGlite } from '@electric-sql/pglite';

/**
 * Replaces pglite-socket's query queue so several client connections can share one PGlite safely.
 *
 * PGlite has one backend session. pglite-socket queues client messages one by one and only keeps a
 * connection in charge while a transaction is open, so two clients' extended-protocol messages
 * (Parse, Bind, Execute … Sync) interleave and clobber each other's unnamed statement and portal
 * ("portal does not exist"). Here a connection keeps the backend from its first message until the
 * Sync or simple Query that ends its batch, and for as long as a transaction is open after that.
 */
type Item = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

// Messages after which a client expects more of its own batch before the backend is free.
const CONTINUES_BATCH = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

export class SessionAwareQueue {
  private queue: Item[] = [];
  private processing = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (;;) {
        const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
        if (index === -1 || this.queue.length === 0) break;
        const [item] = this.queue.splice(index, 1);
        await this.run(item!);
      }
    } finally {
      this.processing = false;
    }
  }

  private async run(item: Item): Promise<void> {
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data: Uint8Array) => {
            bytes += data.length;
            item.onData(data);
          },
        }),
      );
      item.resolve(bytes);
    } catch (error) {
      item.reject(error);
    }
    const continues = CONTINUES_BATCH.has(item.message[0] ?? 0);
    this.owner = continues || this.db.isInTransaction() ? item.handlerId : null;
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** A client that went away mid-batch or mid-transaction must not keep the backend. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.processQueue();
  }
}
