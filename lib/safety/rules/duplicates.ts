import { THERAPEUTIC_CLASSES } from '../data/classes';
import { classLabel, classOf, groupByPatient, stillInSupply } from '../facts';
import { ingredientsOf, isSystemic } from '../ingredients';
import type { SafetyInput, SafetyWarning, Severity } from '../types';
import { worded, type WarningWords } from '../words';

type Medicine = { productName: string; genericName: string; earlier: { orderedOn: string; orderNumber: string } | null };

/**
 * The same ingredient, or two of one therapeutic class, for one patient: within the order (two
 * products of the same generic is a double dose) or beside an earlier order still in supply.
 */
export function duplicateTherapyWarnings(input: SafetyInput): SafetyWarning[] {
  const warnings = new Map<string, SafetyWarning>();
  for (const group of groupByPatient(input.lines)) {
    const pid = group.patient?.id ?? '-';
    const current: Medicine[] = group.lines.filter((l) => isSystemic(l.dosageForm)).map((l) => ({ ...l, earlier: null }));
    const earlier: Medicine[] = group.patient
      ? input.history
          .filter((h) => h.patientId === group.patient!.id && isSystemic(h.dosageForm) && stillInSupply(h, input.today))
          .map((h) => ({ ...h, earlier: { orderedOn: h.orderedOn, orderNumber: h.orderNumber } }))
      : [];
    const add = (id: string, severity: Severity, title: WarningWords, first: Medicine, second: Medicine) => {
      if (warnings.has(id)) return;
      const products = { first: first.productName, second: second.productName };
      const detail: WarningWords = second.earlier ? { key: 'duplicateEarlierDetail', values: { ...products, ...second.earlier } } : { key: 'duplicateDetail', values: products };
      warnings.set(id, { id, type: 'duplicate_therapy', severity, patientName: group.patient?.name ?? null, ...worded(title, detail), source: null });
    };
    current.forEach((m, i) => {
      for (const other of [...current.slice(i + 1), ...earlier]) {
        if (m.productName === other.productName && m.genericName === other.genericName && !other.earlier) continue;
        const mine = ingredientsOf(m.genericName);
        const theirs = ingredientsOf(other.genericName);
        const shared = mine.find((key) => theirs.includes(key));
        if (shared) {
          // Within one order it is a double dose; beside an earlier order it may be an early refill.
          add(`duplicate_therapy:${pid}:same:${shared}`, other.earlier ? 'moderate' : 'major', { key: 'duplicateTitle', values: { ingredient: shared } }, m, other);
          continue;
        }
        const theirClasses = new Set(theirs.map(classOf));
        const sharedClass = mine.map(classOf).find((c) => c !== null && theirClasses.has(c) && !('combinedOnPurpose' in THERAPEUTIC_CLASSES[c]));
        if (sharedClass) add(`duplicate_therapy:${pid}:class:${sharedClass}`, 'moderate', { key: 'duplicateClassTitle', values: { class: classLabel(sharedClass) } }, m, other);
      }
    });
  }
  return [...warnings.values()];
}
