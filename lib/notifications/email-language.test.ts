import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { createCustomer } from '@/test-support/factories/users';
import { startFakeResend, type FakeResend } from '@/test-support/fake-resend';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { dispatchDueNotifications } from './dispatch';
import { enqueueNotification } from './enqueue';
import { notifyShopper } from './notify-shopper';
import { ResendSender } from './senders';

let fake: FakeResend;
let scratch: ScratchDatabase;
let db: Database;
// A database of its own: the dispatcher sends every due row, and other test files enqueue too.
beforeAll(async () => {
  fake = await startFakeResend();
  scratch = await createScratchDatabase();
  db = scratch.db;
  bindFactoryDatabase(db);
});
afterAll(async () => {
  await fake.stop();
  await scratch.drop();
});

async function sendAll() {
  fake.emails.length = 0;
  await dispatchDueNotifications({ now: new Date(Date.now() + 1_000) }, { db, sender: new ResendSender(fake.apiKey, fake.url), from: 'MediNest <orders@medinest.test>' });
  return [...fake.emails];
}

const order = (orderNumber: string) => ({ name: 'Sita', orderNumber, status: 'confirmed', paymentMethod: 'cod' as const, totalPaisa: 1_64_989_51, lines: [{ name: 'Cetamol 500 mg', quantity: 2, lineTotalPaisa: 90_00 }] });

describe('emails in the reader’s language', () => {
  it('sends an order email in Nepali to a shopper who chose Nepali, and in English to one who did not', async () => {
    const nepali = await createCustomer({ locale: 'ne', email: 'sita.ne@example.com' });
    const english = await createCustomer({ locale: 'en', email: 'sita.en@example.com' });
    await db.transaction(async (tx) => {
      await notifyShopper(tx, { userId: nepali.id, toEmail: nepali.email, template: 'order-received', payload: order('MN-831201-NEPALI01') });
      await notifyShopper(tx, { userId: english.id, toEmail: english.email, template: 'order-received', payload: order('MN-831201-ENGLISH1') });
    });
    const sent = await sendAll();
    const ne = sent.find((e) => e.to.includes(nepali.email))!;
    const en = sent.find((e) => e.to.includes(english.email))!;
    expect(ne.subject).toBe('तपाईंको अर्डर MN-831201-NEPALI01 प्राप्त भयो');
    expect(ne.text).toContain('नमस्ते Sita,');
    expect(ne.text).toContain('जम्मा: रु. १,६४,९८९.५१');
    expect(ne.html).toContain('<html lang="ne">');
    expect(en.subject).toBe('We received your order MN-831201-ENGLISH1');
    expect(en.text).toContain('Total: Rs. 1,64,989.51');
    expect(en.html).toContain('<html lang="en">');
  });

  it('writes a security email in the account’s language without being told it, and in English for no account', async () => {
    const nepali = await createCustomer({ locale: 'ne', email: 'ram.ne@example.com' });
    await db.transaction(async (tx) => {
      await enqueueNotification(tx, { userId: nepali.id, toEmail: nepali.email, template: 'password-reset', payload: { name: 'Ram', resetUrl: 'http://shop.test/reset-password/open?token=abc', expiresInMinutes: 30 } });
      await enqueueNotification(tx, { toEmail: 'nobody@example.com', template: 'registration-attempt', payload: { name: 'Hari', signInUrl: 'http://shop.test/login', resetUrl: 'http://shop.test/forgot-password' } });
    });
    const sent = await sendAll();
    const reset = sent.find((e) => e.to.includes(nepali.email))!;
    expect(reset.subject).toBe('MediNest को पासवर्ड रिसेट गर्नुहोस्');
    expect(reset.text).toContain('३० मिनेटभित्र');
    expect(reset.text).toContain('http://shop.test/reset-password/open?token=abc');
    expect(sent.find((e) => e.to.includes('nobody@example.com'))!.subject).toBe('Someone tried to register with your email');
  });
});
