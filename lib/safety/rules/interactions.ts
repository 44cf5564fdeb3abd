import { INTERACTIONS } from '../data/interactions';
import { groupByPatient, stillInSupply } from '../facts';
import { ingredientsOf, isSystemic } from '../ingredients';
import type { SafetyInput, SafetyWarning } from '../types';
import { worded } from '../words';

type Medicine = { productName: string; genericName: string; earlier: { orderedOn: string; orderNumber: string } | null };

/** Pairs from the curated interaction table, within one patient's lines and their medicines still in supply. */
export function interactionWarnings(input: SafetyInput): SafetyWarning[] {
  const warnings = new Map<string, SafetyWarning>();
  for (const group of groupByPatient(input.lines)) {
    const current: Medicine[] = group.lines.filter((l) => isSystemic(l.dosageForm)).map((l) => ({ ...l, earlier: null }));
    const earlier: Medicine[] = group.patient
      ? input.history
          .filter((h) => h.patientId === group.patient!.id && isSystemic(h.dosageForm) && stillInSupply(h, input.today))
          .map((h) => ({ ...h, earlier: { orderedOn: h.orderedOn, orderNumber: h.orderNumber } }))
      : [];
    const pairs: [Medicine, Medicine][] = [];
    current.forEach((m, i) => {
      for (const other of current.slice(i + 1)) pairs.push([m, other]);
      for (const other of earlier) pairs.push([m, other]);
    });
    for (const [first, second] of pairs) {
      // One warning per rule for a pair of products, even when both ingredients of a combination match it.
      const matched = new Set<(typeof INTERACTIONS)[number]>();
      for (const x of ingredientsOf(first.genericName)) {
        for (const y of ingredientsOf(second.genericName)) {
          const rule = INTERACTIONS.find((r) => (r.a.includes(x) && r.b.includes(y)) || (r.a.includes(y) && r.b.includes(x)));
          if (!rule || matched.has(rule)) continue;
          matched.add(rule);
          const [p, q] = [x, y].sort();
          const id = `interaction:${group.patient?.id ?? '-'}:${p}+${q}`;
          if (warnings.has(id)) continue;
          const products = { firstProduct: first.productName, secondProduct: second.productName, effect: rule.effect, advice: rule.advice };
          warnings.set(id, {
            id,
            type: 'interaction',
            severity: rule.severity,
            patientName: group.patient?.name ?? null,
            ...worded(
              { key: 'interactionTitle', values: { first: p!, second: q! } },
              second.earlier ? { key: 'interactionEarlierDetail', values: { ...products, ...second.earlier } } : { key: 'interactionDetail', values: products },
            ),
            source: rule.source,
          });
        }
      }
    }
  }
  return [...warnings.values()];
}
