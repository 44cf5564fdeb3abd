import { ageWarnings } from './rules/age';
import { allergyWarnings } from './rules/allergies';
import { duplicateTherapyWarnings } from './rules/duplicates';
import { interactionWarnings } from './rules/interactions';
import { quantityWarnings } from './rules/quantity';
import { SEVERITY_ORDER, type SafetyInput, type SafetyWarning } from './types';

const TYPE_ORDER = ['allergy', 'interaction', 'duplicate_therapy', 'age', 'quantity'] as const;

/**
 * Every safety warning for the medicines under review: pure, from data only, so the review page
 * and the approval compute the same list. Most serious first.
 */
export function safetyWarnings(input: SafetyInput): SafetyWarning[] {
  const all = [...allergyWarnings(input), ...interactionWarnings(input), ...duplicateTherapyWarnings(input), ...ageWarnings(input), ...quantityWarnings(input)];
  const unique = [...new Map(all.map((w) => [w.id, w])).values()];
  return unique.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.id.localeCompare(b.id));
}

/** The warnings not among the acknowledged ids: approval waits until there are none. */
export function unacknowledged(warnings: readonly SafetyWarning[], acknowledgedIds: readonly string[]): SafetyWarning[] {
  const seen = new Set(acknowledgedIds);
  return warnings.filter((w) => !seen.has(w.id));
}
