import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { refundFormSchema } from './refund-form';

describe('refund form', () => {
  it('turns rupees typed by staff into paisa, and a blank amount into "everything left"', () => {
    const orderId = randomUUID();
    expect(refundFormSchema.parse({ orderId, reference: 'RF-1234', amountRupees: '12.50' })).toEqual({ orderId, reference: 'RF-1234', amountPaisa: 1250 });
    expect(refundFormSchema.parse({ orderId, reference: 'RF-1234', amountRupees: '' })).toEqual({ orderId, reference: 'RF-1234', amountPaisa: undefined });
  });

  it("refuses three decimals, a negative amount and a reference eSewa would not issue", () => {
    const orderId = randomUUID();
    expect(refundFormSchema.safeParse({ orderId, reference: 'RF-1234', amountRupees: '1.005' }).success).toBe(false);
    expect(refundFormSchema.safeParse({ orderId, reference: 'RF-1234', amountRupees: '-5' }).success).toBe(false);
    expect(refundFormSchema.safeParse({ orderId, reference: 'x' }).success).toBe(false);
    expect(refundFormSchema.safeParse({ orderId, reference: '=1+1' }).success).toBe(false);
  });
});
