import { describe, expect, it } from 'vitest';
import { line, patient, review } from '@/test-support/safety-fixtures';
import { INTERACTIONS } from './data/interactions';
import { AGE_CAUTIONS } from './data/age-cautions';
import { MEDICINE_PROFILES } from './data/medicines';
import { THERAPEUTIC_CLASSES } from './data/classes';
import { safetyWarnings, unacknowledged } from './check';

describe('safety warnings together', () => {
  it('lists every kind, most serious first, and each once', () => {
    const elder = patient({ birthDate: '1950-01-01', allergies: 'penicillin' });
    const warnings = safetyWarnings(review([line('clopidogrel', 1, elder), line('omeprazole', 1, elder), line('amoxicillin', 5, elder), line('glimepiride', 1, elder)]));
    expect(warnings.map((w) => [w.severity, w.type])).toEqual([
      ['major', 'allergy'],
      ['major', 'interaction'],
      ['moderate', 'age'],
      ['moderate', 'quantity'],
    ]);
    expect(new Set(warnings.map((w) => w.id)).size).toBe(warnings.length);
  });

  it('counts as acknowledged only the ids sent back', () => {
    const warnings = safetyWarnings(review([line('clopidogrel'), line('omeprazole'), line('amoxicillin', 5)]));
    expect(warnings).toHaveLength(2);
    expect(unacknowledged(warnings, [warnings[0]!.id, 'forged-id'])).toEqual([warnings[1]]);
    expect(unacknowledged(warnings, warnings.map((w) => w.id))).toEqual([]);
  });
});

describe('the curated data', () => {
  it('names a published source for every interaction and age caution', () => {
    for (const rule of [...INTERACTIONS, ...AGE_CAUTIONS]) expect(rule.source).toMatch(/^(FDA|BNF|MHRA|EMA|American Geriatrics Society|Stockley)/);
  });

  it('gives every profiled ingredient a known class', () => {
    for (const profile of Object.values(MEDICINE_PROFILES)) expect(THERAPEUTIC_CLASSES).toHaveProperty(profile.classId);
  });
});
