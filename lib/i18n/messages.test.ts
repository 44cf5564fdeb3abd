import { describe, expect, it, vi } from 'vitest';
import { renderTemplate, templates, type PayloadOf, type TemplateName } from '@/lib/notifications/templates';
import { MESSAGES } from './translator';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

/** One payload per email, with every optional part present. */
const SAMPLES: { [N in TemplateName]: PayloadOf<N> } = {
  'password-reset': { name: 'Sita', resetUrl: 'http://shop.test/r', expiresInMinutes: 30 },
  welcome: { name: 'Sita', shopUrl: 'http://shop.test' },
  'verify-email': { name: 'Sita', verifyUrl: 'http://shop.test/v', expiresInHours: 24 },
  'registration-attempt': { name: 'Sita', signInUrl: 'http://shop.test/login', resetUrl: 'http://shop.test/forgot-password' },
  'order-received': { name: 'Sita', orderNumber: 'MN-1', status: 'pending_payment', paymentMethod: 'khalti', totalPaisa: 100, lines: [{ name: 'Cetamol', quantity: 2, lineTotalPaisa: 100 }] },
  'order-cancelled': { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 100, reason: 'Ordered twice', refundDue: true },
  'order-dispatched': { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 100, reason: null, refundDue: false, courier: 'Pathao', trackingNote: 'PTH-1' },
  'order-delivered': { name: 'Sita', orderNumber: 'MN-1', url: 'http://shop.test/orders/MN-1' },
  'prescription-approved': { name: 'Sita', validUntil: '2026-12-31', medicines: [{ name: 'Amoxicillin', quantity: 10 }], message: 'Take with food', url: 'http://shop.test/p' },
  'prescription-rejected': { name: 'Sita', reason: 'unreadable', detail: 'The photo is blurred.', cancelledOrders: ['MN-1'], url: 'http://shop.test/p' },
  'prescription-hold-expired': { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 100, refundDue: true, holdHours: 48 },
  'payment-received': { name: 'Sita', orderNumber: 'MN-1', amountPaisa: 100, reference: 'R1', provider: 'eSewa', status: 'awaiting_prescription' },
  'refund-recorded': { name: 'Sita', orderNumber: 'MN-1', amountPaisa: 100, provider: 'eSewa', reference: 'R1', url: 'http://shop.test/orders/MN-1' },
  'refill-due': { name: 'Sita', medicine: 'Amlodipine 5 mg', patientName: 'Ram', runsOutOn: '5 Dec 2026', reorderUrl: 'http://shop.test/a', settingsUrl: 'http://shop.test/b' },
  'staff-enrolment-link': { name: 'Gita', enrolmentUrl: 'http://shop.test/e', expiresInHours: 72, issuedByName: 'Admin' },
  'webhook-disabled': { url: 'https://partner.test/hook', failures: 10, failingSince: '2026-12-01', lastError: 'HTTP 500', manageUrl: 'http://shop.test/admin/webhooks/1' },
};

describe('the shop’s words in two languages', () => {
  const en = leaves(MESSAGES.en as Tree);
  const ne = leaves(MESSAGES.ne as Tree);

  it('has every English message in Nepali and nothing else, with the same placeholders', () => {
    expect([...ne.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, message] of en) expect(placeholders(ne.get(key)!), key).toEqual(placeholders(message));
  });

  it('writes every Nepali message in Devanagari', () => {
    for (const [key, message] of ne) if (message.replace(/\{[^}]*\}/g, '').replace(/[\s\p{P}×—]/gu, '').length > 0) expect(message, key).toMatch(/\p{Script=Devanagari}/u);
  });

  it('renders every email in both languages with no message missing', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const name of Object.keys(templates) as TemplateName[]) {
      for (const locale of ['en', 'ne'] as const) {
        const mail = renderTemplate(name, SAMPLES[name], locale);
        for (const part of [mail.subject, mail.text, mail.html]) expect(part, `${name} in ${locale}`).not.toMatch(/email\.[a-z-]+\./);
        if (locale === 'ne') expect(mail.subject, name).toMatch(/\p{Script=Devanagari}/u);
      }
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
