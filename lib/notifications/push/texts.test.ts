import { describe, expect, it } from 'vitest';
import { pushText } from './texts';

const en = { locale: 'en' as const, appUrl: 'https://shop.test' };
const ne = { locale: 'ne' as const, appUrl: 'https://shop.test' };

describe('pushText', () => {
  it('says a payment and a prescription decision in the shopper’s language, linking to a page on the shop', () => {
    const paid = { name: 'Sita', orderNumber: 'MN-1', amountPaisa: 31050, reference: 'R1', provider: 'eSewa', status: 'confirmed' as const };
    expect(pushText('payment-received', paid, en)).toEqual({ title: 'Payment of Rs. 310.50 received', body: 'Order MN-1: order confirmed.', url: '/orders/MN-1' });
    expect(pushText('payment-received', paid, ne)?.body).toBe('अर्डर MN-1: अर्डर पुष्टि भयो।');
    const rejected = { name: 'Sita', reason: 'unreadable photo', detail: '', cancelledOrders: ['MN-2'], url: 'https://shop.test/prescriptions/new' };
    expect(pushText('prescription-rejected', { ...rejected, detail: 'Take it again in daylight.' }, en)).toEqual({ title: 'Prescription not accepted', body: 'Unreadable photo. Order MN-2 cancelled. Take it again in daylight.', url: '/prescriptions/new' });
    // A link to anywhere else is never opened by a click.
    expect(pushText('prescription-rejected', { ...rejected, url: 'https://evil.example/x' }, en)?.url).toBe('/orders');
  });

  it('sends nothing for an order still waiting for its online payment, and clips long courier notes', () => {
    const waiting = { name: 'Sita', orderNumber: 'MN-1', status: 'pending_payment', paymentMethod: 'esewa' as const, totalPaisa: 100, lines: [] };
    expect(pushText('order-received', waiting, en)).toBeNull();
    const dispatched = { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 1, reason: null, refundDue: false, courier: 'c'.repeat(100), trackingNote: 't'.repeat(500) };
    const text = pushText('order-dispatched', dispatched, en)!;
    expect(text.body.length).toBeLessThanOrEqual(300);
    expect(text.body).toContain('…');
  });
});
