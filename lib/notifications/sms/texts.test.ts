import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { REJECTION_REASON_LABELS, REJECTION_REASONS } from '@/lib/prescriptions/validation';
import { countSegments } from './segments';
import { MAX_SMS_SEGMENTS, phoneCodeText, smsText } from './texts';

const number = 'MN-260101-ABCDEFGH';
const id = '0b6f1a2c-3d4e-4f50-8a9b-1c2d3e4f5a6b';
const ne = { locale: 'ne' as const, appUrl: 'https://medinest.example' };
const order = { name: 'Sita', orderNumber: number, status: 'confirmed', paymentMethod: 'cod' as const, totalPaisa: 1_234_50, lines: [] };
const dispatched = { name: 'Sita', orderNumber: number, totalPaisa: 1_234_50, reason: null, refundDue: false, courier: 'Pathao', trackingNote: 'Rider Hari 9800000000' };
const rejected = { name: 'Sita', reason: REJECTION_REASON_LABELS.medicine_not_prescribed.toLowerCase(), detail: 'Amoxicillin is not on it.', cancelledOrders: [number], url: 'https://medinest.example/prescriptions/new' };

/** Every Nepali order SMS, with values as the shop writes them (amounts in the thousands, real links). */
const NEPALI_SMS = {
  'order confirmed, cash on delivery': smsText('order-received', order, ne),
  'order waiting for its prescription': smsText('order-received', { ...order, status: 'awaiting_prescription' }, ne),
  'payment received': smsText('payment-received', { name: 'Sita', orderNumber: number, amountPaisa: 1_234_50, reference: 'R1', provider: 'eSewa', status: 'confirmed' }, ne),
  'payment received, prescription still to check': smsText('payment-received', { name: 'Sita', orderNumber: number, amountPaisa: 1_234_50, reference: 'R1', provider: 'eSewa', status: 'awaiting_prescription' }, ne),
  'prescription rejected, order cancelled': smsText('prescription-rejected', rejected, ne),
  'dispatched with a courier and note': smsText('order-dispatched', dispatched, ne),
  'dispatched with a long courier and note': smsText('order-dispatched', { ...dispatched, courier: 'Nepal Can Move Courier Service Pvt. Ltd.', trackingNote: `Rider Hari 9800000000, ${'call before you come '.repeat(5)}` }, ne),
  delivered: smsText('order-delivered', { name: 'Sita', orderNumber: number, url: '' }, ne),
  'refund recorded': smsText('refund-recorded', { name: 'Sita', orderNumber: number, amountPaisa: 1_234_50, provider: 'Khalti', reference: 'RF-12345', url: '' }, ne),
  'verification code': phoneCodeText('123456', 10, 'ne'),
};

describe('Nepali SMS', () => {
  it.each(Object.entries(NEPALI_SMS))('fits %s in two SMS', (_, text) => {
    expect(text).toMatch(/\p{Script=Devanagari}/u);
    expect(countSegments(text!).segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
  });

  // Their links (75 and 84 characters) and days (Gregorian with BS beside it) leave too little of
  // the 134 Unicode characters for any sentence: they take a third SMS, and keep the names whole.
  it('lets a prescription approval and a refill reminder take a third SMS rather than lose words', () => {
    const approved = smsText('prescription-approved', { name: 'Sita', validUntil: '2027-05-14', medicines: [], message: null, url: `https://medinest.example/prescriptions/${id}` }, ne)!;
    const refill = smsText('refill-due', { name: 'Sita', medicine: 'Amlodipine 5 mg', patientName: 'Ram', runsOutOn: '5 Dec 2026 (20 Mangsir 2083)', reorderUrl: `https://medinest.example/account/refills#refill-${id}`, settingsUrl: '' }, ne)!;
    for (const text of [approved, refill]) expect(countSegments(text).segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS + 1);
    expect(refill).toContain('Ram को Amlodipine 5 mg');
  });

  it('says the reviewer’s reason in Nepali, and in English exactly as lib/prescriptions labels it', () => {
    expect(NEPALI_SMS['prescription rejected, order cancelled']).toContain('(औषधि लेखिएको छैन)');
    for (const reason of REJECTION_REASONS) expect(MESSAGES.en.notifications.rejectionReasons[reason]).toBe(REJECTION_REASON_LABELS[reason].toLowerCase());
  });
});
