import { describe, expect, it } from 'vitest';
import { discountPercent, formatCount, formatPaisa, isWholePaisa, paisaToDecimal, paisaToRupees, paisaToWholeRupees, rupeesToPaisa, wholeRupeesToPaisa } from './money';

describe('formatPaisa', () => {
  it('shows rupees with thousands commas and two paisa digits', () => {
    expect(formatPaisa(123_450)).toBe('Rs. 1,234.50');
    expect(formatPaisa(31_050)).toBe('Rs. 310.50');
    expect(formatPaisa(16_498_951)).toBe('Rs. 164,989.51');
    expect(formatPaisa(100_000_000_00)).toBe('Rs. 100,000,000.00');
    expect(formatPaisa(5)).toBe('Rs. 0.05');
  });

  it('shows zero and negative amounts', () => {
    expect(formatPaisa(0)).toBe('Rs. 0.00');
    expect(formatPaisa(-2_000)).toBe('-Rs. 20.00');
    expect(formatPaisa(-123_405)).toBe('-Rs. 1,234.05');
    expect(formatPaisa(-0)).toBe('Rs. 0.00');
  });

  it('drops fractions of a paisa rather than rounding them up', () => {
    expect(formatPaisa(123_450.9)).toBe('Rs. 1,234.50');
    expect(formatPaisa(-99.9)).toBe('-Rs. 0.99');
  });

  it('can leave out zero paisa for chart axes', () => {
    expect(formatPaisa(120_000, { dropZeroPaisa: true })).toBe('Rs. 1,200');
    expect(formatPaisa(0, { dropZeroPaisa: true })).toBe('Rs. 0');
    expect(formatPaisa(120_050, { dropZeroPaisa: true })).toBe('Rs. 1,200.50');
  });
});

describe('amounts for forms, exports and URLs', () => {
  it('writes a plain decimal for form fields and machines', () => {
    expect(paisaToDecimal(123_450)).toBe('1234.50');
    expect(paisaToDecimal(5)).toBe('0.05');
    expect(paisaToDecimal(0)).toBe('0.00');
    expect(paisaToDecimal(-2_005)).toBe('-20.05');
    expect(paisaToRupees(12_050)).toBe(120.5);
  });

  it('reads typed rupees to whole paisa without float drift', () => {
    expect(rupeesToPaisa(120.5)).toBe(12_050);
    expect(rupeesToPaisa(0.1 + 0.2)).toBe(30);
    expect(rupeesToPaisa(1_234.56)).toBe(123_456);
    expect(rupeesToPaisa(0)).toBe(0);
    expect(isWholePaisa(120.5)).toBe(true);
    expect(isWholePaisa(0.1 + 0.2)).toBe(true);
    expect(isWholePaisa(19.99)).toBe(true);
    expect(isWholePaisa(1.005)).toBe(false);
  });

  it('keeps URL price filters in whole rupees', () => {
    expect(wholeRupeesToPaisa(150)).toBe(15_000);
    expect(paisaToWholeRupees(15_099)).toBe(150);
  });
});

describe('discountPercent', () => {
  it('rounds down and never goes below zero', () => {
    expect(discountPercent(9_000, 10_000)).toBe(10);
    expect(discountPercent(9_001, 10_000)).toBe(9);
    expect(discountPercent(10_000, 10_000)).toBe(0);
    expect(discountPercent(11_000, 10_000)).toBe(0);
    expect(discountPercent(100, 0)).toBe(0);
  });
});

describe('formatCount', () => {
  it('groups counts the way amounts are grouped', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1_204)).toBe('1,204');
    expect(formatCount(50_000)).toBe('50,000');
  });
});
