import { describe, expect, it } from 'vitest';
import { line, review } from '@/test-support/safety-fixtures';
import { quantityWarnings } from './quantity';

describe('quantity warnings', () => {
  it('warns when an antibiotic order lasts longer than a course at the usual dose', () => {
    // 5 × 10 capsules at up to 3 a day: about 17 days, beyond the usual 14-day course.
    const [warning, ...rest] = quantityWarnings(review([line('amoxicillin', 5)]));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ type: 'quantity', severity: 'moderate', title: 'Quantity: Novamox 500 mg for about 17 days' });
    expect(warning!.detail).toContain('50 capsules');
  });

  it('accepts a normal course and a three-month supply of a long-term medicine', () => {
    expect(quantityWarnings(review([line('amoxicillin', 2)]))).toEqual([]);
    expect(quantityWarnings(review([line('amlodipine', 9)]))).toEqual([]);
  });

  it('warns of more than three months of a long-term medicine', () => {
    // 10 × 30 tablets of glimepiride at up to 2 a day: 150 days.
    expect(quantityWarnings(review([line('glimepiride', 10)])).map((w) => w.title)).toEqual(['Quantity: Amaryl 1 mg for about 150 days']);
  });

  it('does not guess for bottles and drops', () => {
    expect(quantityWarnings(review([line('ciprofloxacinDrops', 5)]))).toEqual([]);
  });
});
