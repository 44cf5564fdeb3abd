import { describe, expect, it } from 'vitest';
import { line, patient, review } from '@/test-support/safety-fixtures';
import { ageWarnings } from './age';

describe('age warnings', () => {
  it('warns of doxycycline for a young child as major, with the source', () => {
    const child = patient({ id: 'child', name: 'Kiran', birthDate: '2020-03-01' });
    const [warning, ...rest] = ageWarnings(review([line('doxycycline', 1, child)]));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ type: 'age', severity: 'major', id: 'age:child:doxycycline:under-8', title: 'Age: doxycycline for a 6-year-old' });
    expect(warning!.source).toMatch(/FDA label, doxycycline/);
  });

  it('warns of aspirin under 16 and of a sulfonylurea for someone of 65 or more', () => {
    const teen = patient({ id: 'teen', birthDate: '2011-01-01' });
    const elder = patient({ id: 'elder', birthDate: '1950-01-01' });
    expect(ageWarnings(review([line('aspirinLowDose', 1, teen)])).map((w) => w.id)).toEqual(['age:teen:aspirin:under-16']);
    expect(ageWarnings(review([line('glimepiride', 1, elder)])).map((w) => [w.severity, w.id])).toEqual([['moderate', 'age:elder:glimepiride:from-65']]);
  });

  it('says nothing for an adult of the right age, and gives a minor reminder when the age is unknown', () => {
    expect(ageWarnings(review([line('doxycycline'), line('glimepiride')]))).toEqual([]);
    const unknown = patient({ id: 'unknown', birthDate: null });
    expect(ageWarnings(review([line('doxycycline', 1, unknown)])).map((w) => [w.severity, w.id])).toEqual([['minor', 'age:unknown:doxycycline:unknown']]);
  });

  it('turns on the birthday: 16 today is no longer under 16', () => {
    const sixteen = patient({ id: 's', birthDate: '2010-06-15' });
    expect(ageWarnings(review([line('aspirinLowDose', 1, sixteen)]))).toEqual([]);
  });
});
