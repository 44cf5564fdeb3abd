import { describe, expect, it } from 'vitest';
import { discountPercent, formatCount, formatPaisa, isWholePaisa, paisaToDecimal, paisaToRupees, paisaToWholeRupees, rupeesToPaisa, wholeRupeesToPaisa } from './money';

describe('formatPaisa', () => {
  it('groups rupees in lakhs and crores with two paisa digits', () => {
    expect(formatPaisa(123_450)).toBe('Rs. 1,234.50');
    expect(formatPaisa(31_050)).toBe('Rs. 310.50');
    expect(formatPaisa(9_999_999)).toBe('Rs. 99,999.99');
    expect(formatPaisa(16_498_951)).toBe('Rs. 1,64,989.51');
    expect(formatPaisa(100_000_000_00)).toBe('Rs. 10,00,00,000.00');
    expect(formatPaisa(5)).toBe('Rs. 0.05');
  });

  it('writes Nepali amounts with the rupee sign and digits a Nepali reader uses', () => {
    expect(formatPaisa(16_498_951, { locale: 'ne' })).toBe('रु. १,६४,९८९.५१');
    expect(formatPaisa(5, { locale: 'ne' })).toBe('रु. ०.०५');
    expect(formatPaisa(-2_000, { locale: 'ne' })).toBe('-रु. २०.००');
    expect(formatPaisa(120_000, { locale: 'ne', dropZeroPaisa: true })).toBe('रु. १,२००');
  });

  it('shows the exact paisa of amounts whose rupee value is no exact binary fraction', () => {
    // 0.29, 1.15 and 10.05 rupees are not representable as doubles; a formatter fed paisa / 100
    // could round them. Ninety trillion paisa is beyond any real order but inside a safe integer.
    for (const paisa of [29, 115, 1_005, 100_005, 123_456_789_01, 90_071_992_547_409]) {
      const shown = formatPaisa(paisa).replace('Rs. ', '').replaceAll(',', '');
      expect(shown).toBe(paisaToDecimal(paisa));
      expect(rupeesToPaisa(Number(shown))).toBe(paisa);
    }
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
    expect(formatCount(1_00_000)).toBe('1,00,000');
    expect(formatCount(1_204, 'ne')).toBe('१,२०४');
  });
});
