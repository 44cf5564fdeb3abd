import { describe, expect, it } from 'vitest';
import { newOrderNumber, ORDER_NUMBER_PATTERN } from './order-number';
import { orderNumberSchema } from './validation';

describe('order numbers', () => {
  it('carry the date and eight characters that cannot be misread over the phone', () => {
    const number = newOrderNumber(new Date('2026-11-22T10:00:00Z'));
    expect(number).toMatch(/^MN-261122-/);
    expect(number).toMatch(ORDER_NUMBER_PATTERN);
    expect(number.slice(10)).not.toMatch(/[01ILO]/);
    expect(orderNumberSchema.safeParse(number).success).toBe(true);
  });

  it('carry the Nepal date: an order placed just after midnight in Kathmandu has the new day', () => {
    expect(newOrderNumber(new Date('2026-11-22T18:14:00Z'))).toMatch(/^MN-261122-/);
    expect(newOrderNumber(new Date('2026-11-22T18:15:00Z'))).toMatch(/^MN-261123-/);
  });

  it('do not repeat', () => {
    const numbers = new Set(Array.from({ length: 5000 }, () => newOrderNumber()));
    expect(numbers.size).toBe(5000);
  });

  it('refuses anything else as an order number', () => {
    for (const bad of ['', 'MN-261122', "MN-261122-AAAA'--", '../etc/passwd', 'mn-261122-abcdefgh']) expect(orderNumberSchema.safeParse(bad).success).toBe(false);
  });
});
