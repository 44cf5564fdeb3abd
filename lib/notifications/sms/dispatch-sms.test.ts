import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { smsMessages } from '@/db/schema';
import { startFakeSmsGateway, type FakeSmsGateway } from '@/test-support/fake-sms-gateway';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { MESSAGE_RETRY_POLICY } from '@/lib/outbox/retry-policy';
import { AakashSmsGateway } from './aakash';
import { dispatchDueSms, REDACTED_SMS } from './dispatch-sms';
import { enqueueSms } from './enqueue-sms';
import { LogSmsGateway } from './gateway';
import { SparrowSmsGateway } from './sparrow';

let fake: FakeSmsGateway;
let sparrow: SparrowSmsGateway;
// A database of its own: the dispatcher claims every due row.
let scratch: ScratchDatabase;
let db: Database;
beforeAll(async () => {
  fake = await startFakeSmsGateway();
  sparrow = new SparrowSmsGateway({ token: fake.sparrowToken, from: fake.sparrowFrom, baseUrl: fake.url, timeoutMs: 2_000 });
  scratch = await createScratchDatabase();
  db = scratch.db;
});
afterAll(async () => {
  await fake.stop();
  await scratch.drop();
});
beforeEach(async () => {
  await db.update(smsMessages).set({ status: 'failed' }).where(inArray(smsMessages.status, ['pending', 'sending']));
  fake.messages.length = 0;
  fake.failNext(0, 'outage');
});

// PostgreSQL stamps next_attempt_at in microseconds and a JS Date has milliseconds: "now" taken in
// the same millisecond as the insert can be earlier than the row, which is then not yet due.
const soon = () => new Date(Date.now() + 1_000);
const rowOf = async (id: string) => (await db.select().from(smsMessages).where(eq(smsMessages.id, id)))[0]!;
const enqueue = (text: string, toPhone = '9841234567', template = 'order-received') => enqueueSms(db, { toPhone, template, locale: 'en', text });

describe('dispatchDueSms', () => {
  it('sends a due SMS through the gateway and keeps its segments, encoding and provider', async () => {
    const { id, segments } = await enqueue('MediNest: Order MN-260101-ABCDEFGH confirmed (Rs. 310.50, cash on delivery). http://shop.test/orders/MN-260101-ABCDEFGH');
    expect(segments).toBe(1);
    const summary = await dispatchDueSms({ now: soon() }, { db, gateway: sparrow });
    expect(summary).toMatchObject({ claimed: 1, delivered: 1 });
    expect(fake.messages).toMatchObject([{ provider: 'sparrow', to: '9841234567', text: expect.stringContaining('confirmed') }]);
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 1, provider: 'sparrow', encoding: 'gsm7', segments: 1, errorKind: null });
  });

  it('counts a Nepali text in Unicode segments when it is written', async () => {
    const text = `MediNest: अर्डर MN-260101-ABCDEFGH पुष्टि भयो (Rs. 310.50, डेलिभरीमा नगद)। http://shop.test/orders/MN-260101-ABCDEFGH`;
    const { id } = await enqueue(text);
    expect(await rowOf(id)).toMatchObject({ encoding: 'ucs2', segments: 2 });
  });

  it('gives up at once on a number the gateway calls bad, and says so', async () => {
    const { id } = await enqueue('hello', '12345');
    const summary = await dispatchDueSms({ now: soon() }, { db, gateway: sparrow });
    expect(summary).toMatchObject({ claimed: 1, failed: 1 });
    expect(await rowOf(id)).toMatchObject({ status: 'failed', attempts: 1, errorKind: 'bad_number', lastError: expect.stringMatching(/Bad number: Sparrow 1007 Invalid Receiver/) });
  });

  it('retries no credit with backoff, keeping the kind, and gives up after the last attempt', async () => {
    const { id } = await enqueue('hello');
    fake.failNext(MESSAGE_RETRY_POLICY.maxAttempts, 'no_credit');
    let now = soon();
    for (let attempt = 1; attempt <= MESSAGE_RETRY_POLICY.maxAttempts; attempt++) {
      expect((await dispatchDueSms({ now }, { db, gateway: sparrow })).claimed).toBe(1);
      const row = await rowOf(id);
      expect(row).toMatchObject({ attempts: attempt, errorKind: 'no_credit', status: attempt < MESSAGE_RETRY_POLICY.maxAttempts ? 'pending' : 'failed' });
      if (attempt < MESSAGE_RETRY_POLICY.maxAttempts) {
        expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + MESSAGE_RETRY_POLICY.delayMs(attempt));
        expect((await dispatchDueSms({ now: new Date(now.getTime() + 1000) }, { db, gateway: sparrow })).claimed).toBe(0);
        now = row.nextAttemptAt;
      }
    }
    expect(fake.messages).toHaveLength(0);
  });

  it('recovers after the gateway rate-limited it, through Aakash too', async () => {
    const aakash = new AakashSmsGateway({ token: fake.aakashToken, baseUrl: fake.url, timeoutMs: 2_000 });
    const { id } = await enqueue('hello');
    fake.failNext(1, 'rate_limited');
    const first = soon();
    await dispatchDueSms({ now: first }, { db, gateway: aakash });
    expect(await rowOf(id)).toMatchObject({ status: 'pending', errorKind: 'rate_limited' });
    await dispatchDueSms({ now: new Date(first.getTime() + MESSAGE_RETRY_POLICY.delayMs(1)) }, { db, gateway: aakash });
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: 'sent', errorKind: null, provider: 'aakash', providerMessageId: String(fake.messages[0]!.id) });
  });

  it('never sends a row twice when dispatchers run at the same time', async () => {
    await Promise.all(Array.from({ length: 6 }, (_, i) => enqueue(`parallel ${i}`)));
    const summaries = await Promise.all([1, 2, 3].map(() => dispatchDueSms({ now: soon(), limit: 6 }, { db, gateway: sparrow })));
    expect(summaries.reduce((n, s) => n + s.delivered, 0)).toBe(6);
    expect(new Set(fake.messages.map((m) => m.text)).size).toBe(6);
  });

  it('keeps no verification code in the outbox once sent, and logs SMS when no gateway is set', async () => {
    const sent = await enqueue('MediNest: your code is 482913.', '9841234567', 'phone-verification');
    await dispatchDueSms({ now: soon() }, { db, gateway: sparrow });
    expect(fake.messages[0]!.text).toContain('482913');
    expect((await rowOf(sent.id)).text).toBe(REDACTED_SMS);

    const lines: unknown[] = [];
    const logged = await enqueue('Order MN-1 confirmed');
    await dispatchDueSms({ now: soon() }, { db, gateway: new LogSmsGateway({ info: (line: unknown) => lines.push(line) } as never, true) });
    expect(await rowOf(logged.id)).toMatchObject({ status: 'logged', provider: 'log' });
    expect(JSON.stringify(lines)).toContain('Order MN-1 confirmed');
  });
});
