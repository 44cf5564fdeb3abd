import { describe, expect, it } from 'vitest';
import { renderTemplate } from './index';

const hostile = '<script>alert(1)</script>';

describe('order emails', () => {
  it('order-received lists the lines and total in rupees, escaping every value in HTML', () => {
    const mail = renderTemplate('order-received', {
      name: hostile,
      orderNumber: 'MN-261122-ABCDEFGH',
      status: 'confirmed',
      paymentMethod: 'cod',
      totalPaisa: 31_050,
      lines: [{ name: `Cetamol ${hostile}`, quantity: 2, lineTotalPaisa: 9_000 }],
    });
    expect(mail.subject).toBe('We received your order MN-261122-ABCDEFGH');
    expect(mail.text).toContain('2 × Cetamol');
    expect(mail.text).toContain('Total: Rs. 310.50');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('order-cancelled says whether a refund is coming', () => {
    const paid = renderTemplate('order-cancelled', { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 150_000, reason: 'Ordered by mistake', refundDue: true });
    const unpaid = renderTemplate('order-cancelled', { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 150_000, reason: null, refundDue: false });
    expect(paid.text).toContain('Rs. 1,500.00 will be refunded');
    expect(unpaid.text).toContain('You have not been charged.');
    expect(unpaid.html).not.toContain('Reason');
  });

  it('order-cancelled gives the shop’s own reason in the shopper’s language, and a pharmacist’s as written', () => {
    const expired = renderTemplate('order-cancelled', { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 150_000, reason: 'Payment was not completed in time.', refundDue: false }, 'ne');
    expect(expired.text).toContain('समयमै भुक्तानी भएन।');
    expect(expired.text).not.toContain('Payment was not completed');
    expect(renderTemplate('order-cancelled', { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 150_000, reason: 'Payment was not completed in time.', refundDue: false }).text).toContain('Payment was not completed in time.');
    expect(renderTemplate('order-cancelled', { name: 'Sita', orderNumber: 'MN-1', totalPaisa: 150_000, reason: 'Out of stock at the supplier', refundDue: true }, 'ne').text).toContain('Out of stock at the supplier');
  });

  it('order-dispatched names the order', () => {
    expect(renderTemplate('order-dispatched', { name: 'Ram', orderNumber: 'MN-2', totalPaisa: 500, reason: null, refundDue: false }).subject).toBe('Your order MN-2 is on the way');
  });
});
