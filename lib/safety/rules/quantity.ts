import { dosingOf, groupByPatient, unitsOf } from '../facts';
import type { SafetyInput, SafetyWarning } from '../types';
import { worded } from '../words';

/** A line that lasts longer at the usual most a day than the usual supply dispensed at once. */
export function quantityWarnings(input: SafetyInput): SafetyWarning[] {
  const warnings = new Map<string, SafetyWarning>();
  for (const group of groupByPatient(input.lines)) {
    for (const line of group.lines) {
      const units = unitsOf(line);
      const dosing = dosingOf(line.genericName);
      if (!units || !dosing) continue;
      const days = units.count / dosing.dailyUnits;
      if (days <= dosing.maxSupplyDays) continue;
      const id = `quantity:${line.patient?.id ?? '-'}:${line.productName}:${line.quantity}`;
      warnings.set(id, {
        id,
        type: 'quantity',
        severity: 'moderate',
        patientName: line.patient?.name ?? group.patient?.name ?? null,
        ...worded(
          { key: 'quantityTitle', values: { product: line.productName, days: Math.round(days) } },
          {
            key: 'quantityDetail',
            values: { quantity: line.quantity, pack: line.packSize, count: units.count, unit: units.unit, days: Math.round(days), daily: dosing.dailyUnits, maxDays: dosing.maxSupplyDays },
          },
        ),
        source: null,
      });
    }
  }
  return [...warnings.values()];
}
