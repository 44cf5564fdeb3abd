import { describe, expect, it } from 'vitest';
import { line, patient, review } from '@/test-support/safety-fixtures';
import { allergyTerms, allergyWarnings } from './allergies';

describe('allergy warnings', () => {
  it('matches an allergy to the class as major (penicillin → amoxicillin)', () => {
    const who = patient({ allergies: 'Penicillin, dust' });
    const warnings = allergyWarnings(review([line('amoxicillin', 1, who)]));
    expect(warnings.map((w) => [w.severity, w.id])).toEqual([['major', 'allergy:patient-adult:amoxicillin:penicillin']]);
    expect(warnings[0]!.detail).toContain('penicillin antibiotics');
  });

  it('matches the generic name itself, in any case and inside a sentence', () => {
    const who = patient({ allergies: 'Rash with CLOPIDOGREL in 2021' });
    expect(allergyWarnings(review([line('clopidogrel', 1, who)])).map((w) => w.severity)).toEqual(['major']);
  });

  it('warns of a known cross-reaction as moderate, with its source (penicillin → cefixime)', () => {
    const warnings = allergyWarnings(review([line('cefixime', 1, patient({ allergies: 'penicillins' }))]));
    expect(warnings.map((w) => w.severity)).toEqual(['moderate']);
    expect(warnings[0]!.source).toMatch(/BNF/);
  });

  it('says nothing for "none", unrelated allergies, or words that only contain a name', () => {
    expect(allergyWarnings(review([line('amoxicillin', 1, patient({ allergies: 'None' }))]))).toEqual([]);
    expect(allergyWarnings(review([line('amoxicillin', 1, patient({ allergies: 'peanuts; dust mites' }))]))).toEqual([]);
    expect(allergyWarnings(review([line('amlodipine', 1, patient({ allergies: 'nystatin' }))]))).toEqual([]);
  });

  it('splits the allergy text into terms', () => {
    expect(allergyTerms('Penicillin, sulfa and dust;\nNKDA')).toEqual(['penicillin', 'sulfa', 'dust']);
  });
});
