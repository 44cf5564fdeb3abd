import { describe, expect, it } from 'vitest';
import { earlier, line, patient, review } from '@/test-support/safety-fixtures';
import { interactionWarnings } from './interactions';

describe('interaction warnings', () => {
  it('warns of clopidogrel with omeprazole in one order as major, naming the published source', () => {
    const [warning, ...rest] = interactionWarnings(review([line('clopidogrel'), line('omeprazole')]));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ type: 'interaction', severity: 'major', id: 'interaction:patient-adult:clopidogrel+omeprazole', patientName: 'Hari Adult' });
    expect(warning!.source).toMatch(/FDA label, Plavix/);
    expect(warning!.detail).toContain('Clopitab 75 mg and Omez 20 mg');
  });

  it('says nothing of the safe alternative (pantoprazole)', () => {
    expect(interactionWarnings(review([line('clopidogrel'), line('pantoprazole')]))).toEqual([]);
  });

  it("finds an interaction with the patient's earlier order still in supply, and not one that has run out", () => {
    const inSupply = interactionWarnings(review([line('ciprofloxacin')], [earlier('theophylline', '2026-06-10')]));
    expect(inSupply.map((w) => [w.severity, w.id])).toEqual([['major', 'interaction:patient-adult:ciprofloxacin+theophylline']]);
    expect(inSupply[0]!.detail).toContain('ordered 2026-06-10 in MN-260601-EARLIER1');
    // 30 tablets at 3 a day last 10 days: ordered on 1 May, it ran out long before 15 June.
    expect(interactionWarnings(review([line('ciprofloxacin')], [earlier('theophylline', '2026-05-01')]))).toEqual([]);
  });

  it("keeps patients apart: one person's clopidogrel and another's omeprazole do not interact", () => {
    const child = patient({ id: 'patient-child', name: 'Kiran', birthDate: '2018-01-01' });
    expect(interactionWarnings(review([line('clopidogrel'), line('omeprazole', 1, child)]))).toEqual([]);
  });

  it('ignores eye drops: ciprofloxacin drops do not raise theophylline levels', () => {
    expect(interactionWarnings(review([line('ciprofloxacinDrops'), line('theophylline')]))).toEqual([]);
  });

  it('checks a line with no patient against every patient in the order', () => {
    const warnings = interactionWarnings(review([line('clopidogrel'), line('omeprazole', 1, null)]));
    expect(warnings.map((w) => w.id)).toEqual(['interaction:patient-adult:clopidogrel+omeprazole']);
  });
});
