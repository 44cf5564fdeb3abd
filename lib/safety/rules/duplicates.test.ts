import { describe, expect, it } from 'vitest';
import { earlier, line, review } from '@/test-support/safety-fixtures';
import { duplicateTherapyWarnings } from './duplicates';

describe('duplicate therapy warnings', () => {
  it('calls the same generic twice in one order a major double dose (losartan alone and with a diuretic)', () => {
    const warnings = duplicateTherapyWarnings(review([line('losartan'), line('losartanHctz')]));
    expect(warnings.map((w) => [w.severity, w.id])).toEqual([['major', 'duplicate_therapy:patient-adult:same:losartan']]);
  });

  it('warns of two medicines of one class (two proton-pump inhibitors) as moderate', () => {
    const warnings = duplicateTherapyWarnings(review([line('pantoprazole'), line('rabeprazole')]));
    expect(warnings.map((w) => [w.severity, w.id])).toEqual([['moderate', 'duplicate_therapy:patient-adult:class:ppi']]);
  });

  it("finds the same generic in the patient's earlier order while it is still in supply, and not after", () => {
    // 3 packs of 10 at up to 2 a day: 15 days from 10 June still covers 15 June.
    const inSupply = duplicateTherapyWarnings(review([line('amlodipine')], [earlier('amlodipine', '2026-06-10', 3)]));
    expect(inSupply.map((w) => [w.severity, w.id])).toEqual([['moderate', 'duplicate_therapy:patient-adult:same:amlodipine']]);
    expect(inSupply[0]!.detail).toContain('still in supply');
    expect(duplicateTherapyWarnings(review([line('amlodipine')], [earlier('amlodipine', '2026-05-01', 1)]))).toEqual([]);
  });

  it('does not count another patient’s earlier order', () => {
    expect(duplicateTherapyWarnings(review([line('amlodipine')], [earlier('amlodipine', '2026-06-10', 3, 'someone-else')]))).toEqual([]);
  });

  it('says nothing of unrelated medicines', () => {
    expect(duplicateTherapyWarnings(review([line('amlodipine'), line('glimepiride'), line('amoxicillin')]))).toEqual([]);
  });
});
