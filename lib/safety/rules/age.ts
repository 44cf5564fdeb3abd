import { ageInYears } from '@/lib/patients/age';
import { AGE_CAUTIONS } from '../data/age-cautions';
import { ingredientsOf, isSystemic } from '../ingredients';
import type { SafetyInput, SafetyWarning } from '../types';
import { worded } from '../words';

/** Cautions for children or older people; a patient with no age on record gets a minor reminder instead. */
export function ageWarnings(input: SafetyInput): SafetyWarning[] {
  const warnings = new Map<string, SafetyWarning>();
  for (const line of input.lines) {
    const patient = line.patient;
    if (!patient || !isSystemic(line.dosageForm)) continue;
    const age = patient.birthDate ? ageInYears(patient.birthDate, input.today) : null;
    for (const ingredient of ingredientsOf(line.genericName)) {
      for (const caution of AGE_CAUTIONS.filter((c) => c.ingredients.includes(ingredient))) {
        const bound = caution.under !== undefined ? `under-${caution.under}` : `from-${caution.from}`;
        if (age === null) {
          const id = `age:${patient.id}:${ingredient}:unknown`;
          warnings.set(id, {
            id,
            type: 'age',
            severity: 'minor',
            patientName: patient.name,
            ...worded(
              { key: 'ageUnknownTitle', values: { patient: patient.name } },
              { key: 'ageUnknownDetail', values: { product: line.productName, ingredient, reason: caution.reason } },
            ),
            source: caution.source,
          });
          continue;
        }
        const applies = (caution.under !== undefined && age < caution.under) || (caution.from !== undefined && age >= caution.from);
        if (!applies) continue;
        const id = `age:${patient.id}:${ingredient}:${bound}`;
        warnings.set(id, {
          id,
          type: 'age',
          severity: caution.severity,
          patientName: patient.name,
          ...worded({ key: 'ageTitle', values: { ingredient, age } }, { key: 'ageDetail', values: { product: line.productName, reason: caution.reason } }),
          source: caution.source,
        });
      }
    }
  }
  return [...warnings.values()];
}
