import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { prescriptions, smsMessages, users } from '@/db/schema';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { alertLongWaitingPrescriptions } from './wait-alert';

// A database of its own: the alert looks at every waiting prescription.
let scratch: ScratchDatabase;
let db: Database;
let userId: string;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = scratch.db;
  [{ id: userId }] = (await db.insert(users).values({ email: `wait-${randomUUID()}@example.com`, name: 'Sita', passwordHash: 'x' }).returning({ id: users.id })) as [{ id: string }];
});
afterAll(() => scratch.drop());

const settings = { afterMinutes: 30, phone: '9801000002', appUrl: 'https://medinest.example' };
const uploadedMinutesAgo = async (minutes: number, now: Date, status: 'pending' | 'approved' = 'pending') => {
  const [row] = await db
    .insert(prescriptions)
    .values({ userId, status, fileKey: randomUUID(), fileStorage: 'local', fileMime: 'image/png', fileSize: 10, fileSha256: randomUUID(), createdAt: new Date(now.getTime() - minutes * 60_000) })
    .returning({ id: prescriptions.id });
  return row!.id;
};
const alerts = () => db.select().from(smsMessages).where(eq(smsMessages.template, 'prescription-wait-alert'));

describe('prescription wait alert', () => {
  it('sends the pharmacist one SMS for the prescriptions past the wait, once each', async () => {
    const now = new Date();
    await uploadedMinutesAgo(95, now);
    await uploadedMinutesAgo(40, now);
    await uploadedMinutesAgo(10, now);
    await uploadedMinutesAgo(120, now, 'approved');

    expect(await alertLongWaitingPrescriptions({ now, settings, database: db })).toEqual({ alerted: 2 });
    const [sms] = await alerts();
    expect(sms).toMatchObject({ toPhone: '9801000002', encoding: 'gsm7', segments: 1 });
    expect(sms!.text).toBe('MediNest: 2 prescriptions have waited over 30 min for review (oldest 1 h 35 min). https://medinest.example/admin/prescriptions');

    expect(await alertLongWaitingPrescriptions({ now, settings, database: db })).toEqual({ alerted: 0 });
    // The one uploaded ten minutes ago is alerted once its own wait passes.
    expect(await alertLongWaitingPrescriptions({ now: new Date(now.getTime() + 25 * 60_000), settings, database: db })).toEqual({ alerted: 1 });
    expect(await alerts()).toHaveLength(2);
  });

  it('does nothing while the setting is off', async () => {
    await uploadedMinutesAgo(500, new Date());
    expect(await alertLongWaitingPrescriptions({ settings: { ...settings, afterMinutes: undefined }, database: db })).toEqual({ alerted: 0 });
  });
});
