import { describe, expect, it } from 'vitest';
import { countSegments, smsEncoding } from './segments';

describe('countSegments', () => {
  it('fits 160 GSM characters in one SMS and splits 161 into two parts of 153', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', segments: 1, units: 160 });
    expect(countSegments('a'.repeat(161))).toEqual({ encoding: 'gsm7', segments: 2, units: 161 });
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the escaped GSM characters as two septets and never splits one across parts', () => {
    expect(countSegments('€'.repeat(80))).toEqual({ encoding: 'gsm7', segments: 1, units: 160 });
    expect(countSegments(`${'a'.repeat(159)}€`)).toMatchObject({ segments: 2, units: 161 });
    // 152 septets, then a two-septet € that does not fit the first part's last septet.
    expect(countSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ segments: 3, units: 306 });
  });

  it('sends Nepali as UCS-2: 70 in one SMS, 67 a part', () => {
    const nepali = 'नमस्ते';
    expect(smsEncoding(nepali)).toBe('ucs2');
    expect(countSegments('क'.repeat(70))).toEqual({ encoding: 'ucs2', segments: 1, units: 70 });
    expect(countSegments('क'.repeat(71))).toEqual({ encoding: 'ucs2', segments: 2, units: 71 });
    expect(countSegments('क'.repeat(134)).segments).toBe(2);
    expect(countSegments('क'.repeat(135)).segments).toBe(3);
  });

  it('turns a whole English text into UCS-2 for one character outside GSM', () => {
    const text = `${'a'.repeat(100)} ₹`;
    expect(countSegments(text)).toEqual({ encoding: 'ucs2', segments: 2, units: 102 });
    expect(countSegments('Order MN-1 confirmed. Rs. 310.50').encoding).toBe('gsm7');
  });

  it('keeps an emoji (two UTF-16 units) whole within a part', () => {
    expect(countSegments('😀'.repeat(35))).toEqual({ encoding: 'ucs2', segments: 1, units: 70 });
    // 134 units would divide into two parts, but the emoji cannot straddle them: three.
    expect(countSegments(`${'क'.repeat(66)}😀${'क'.repeat(66)}`)).toMatchObject({ segments: 3, units: 134 });
  });
});
