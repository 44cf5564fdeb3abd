/** Reads exact byte counts from a stream of chunks, pulling only as much as it needs. */
export class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private readonly iterator: AsyncIterator<Buffer>;
  private ended = false;

  constructor(source: AsyncIterable<Buffer | Uint8Array>) {
    const inner = source[Symbol.asyncIterator]();
    this.iterator = { next: async () => inner.next() as Promise<IteratorResult<Buffer>> };
  }

  /** Fills the buffer to `size` bytes or to the end of the stream; returns how many are there. */
  private async fill(size: number): Promise<number> {
    while (this.length < size && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else {
        const chunk = Buffer.from(next.value);
        this.buffered.push(chunk);
        this.length += chunk.length;
      }
    }
    return Math.min(this.length, size);
  }

  private take(size: number): Buffer {
    const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    const taken = all.subarray(0, size);
    const rest = all.subarray(size);
    this.buffered = rest.length ? [rest] : [];
    this.length = rest.length;
    return taken;
  }

  /** Exactly `size` bytes, or a TruncatedError. */
  async read(size: number): Promise<Buffer> {
    if ((await this.fill(size)) < size) throw new TruncatedError();
    return this.take(size);
  }

  /** Up to `size` bytes; an empty buffer at the end of the stream. */
  async readUpTo(size: number): Promise<Buffer> {
    return this.take(await this.fill(size));
  }

  async atEnd(): Promise<boolean> {
    return (await this.fill(1)) === 0;
  }
}

export class TruncatedError extends Error {
  constructor() {
    super('The backup archive ends early: it is truncated or damaged.');
    this.name = 'TruncatedError';
  }
}
