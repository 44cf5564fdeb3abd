import { dosingOf, groupByPatient, unitsOf } from '../facts';
import type { SafetyInput, SafetyWarning } from '../types';

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
        title: `Quantity: ${line.productName} for about ${Math.round(days)} days`,
        detail: `${line.quantity} × ${line.packSize} = ${units.count} ${units.unit}s, about ${Math.round(days)} days at the usual most of ${dosing.dailyUnits} a day; the usual supply is at most ${dosing.maxSupplyDays} days.`,
        source: null,
      });
    }
  }
  return [...warnings.values()];
}
