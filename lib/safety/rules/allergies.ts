import { THERAPEUTIC_CLASSES, type ClassId } from '../data/classes';
import { classLabel, classOf } from '../facts';
import { ingredientsOf } from '../ingredients';
import type { SafetyInput, SafetyWarning } from '../types';
import { worded } from '../words';

const NOTHING_KNOWN = /^(none|nil|no|nkda|nka|no known( drug)? allerg(y|ies)|not known|unknown|-)$/;

/** The patient's allergy text as separate terms: "Penicillin, sulfa and dust" → penicillin | sulfa | dust. */
export function allergyTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[,;\n/]|\band\b/)
    .map((t) => t.replace(/[^a-z0-9\- ]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length >= 3 && !NOTHING_KNOWN.test(t));
}

// Whole words, so "ace" in "face cream" or "statin" in "nystatin" does not match.
function mentions(term: string, word: string): boolean {
  const words = ` ${term.replace(/-/g, ' ')} `;
  const target = word.replace(/-/g, ' ');
  return words.includes(` ${target} `) || words.includes(` ${target}s `);
}

/**
 * An allergy naming the ingredient or its class is major; one naming a class known to
 * cross-react (penicillin → cephalosporins) is moderate, with the source of that caution.
 */
export function allergyWarnings(input: SafetyInput): SafetyWarning[] {
  const warnings = new Map<string, SafetyWarning>();
  for (const line of input.lines) {
    if (!line.patient) continue;
    const terms = allergyTerms(line.patient.allergies);
    for (const ingredient of ingredientsOf(line.genericName)) {
      const classId = classOf(ingredient);
      for (const term of terms) {
        const id = `allergy:${line.patient.id}:${ingredient}:${term}`;
        if (warnings.has(id)) continue;
        const base = { id, type: 'allergy' as const, patientName: line.patient.name };
        if (mentions(term, ingredient) || (classId && THERAPEUTIC_CLASSES[classId].allergyWords.some((w) => mentions(term, w)))) {
          warnings.set(id, {
            ...base,
            severity: 'major',
            ...worded(
              { key: 'allergyTitle', values: { patient: line.patient.name, term } },
              classId
                ? { key: 'allergyClassDetail', values: { product: line.productName, ingredient, class: classLabel(classId) } }
                : { key: 'allergyDetail', values: { product: line.productName, ingredient } },
            ),
            source: null,
          });
          continue;
        }
        if (!classId) continue;
        const related = (Object.entries(THERAPEUTIC_CLASSES) as [ClassId, (typeof THERAPEUTIC_CLASSES)[ClassId]][]).find(
          ([, c]) => c.allergyWords.some((w) => mentions(term, w)) && 'crossReacts' in c && c.crossReacts.some((x) => x.classId === classId),
        );
        const cross = related && 'crossReacts' in related[1] ? related[1].crossReacts.find((x) => x.classId === classId) : undefined;
        if (cross) {
          warnings.set(id, {
            ...base,
            severity: 'moderate',
            ...worded(
              { key: 'crossAllergyTitle', values: { term, class: classLabel(classId) } },
              { key: 'crossAllergyDetail', values: { product: line.productName, ingredient, note: cross.note } },
            ),
            source: cross.source,
          });
        }
      }
    }
  }
  return [...warnings.values()];
}
