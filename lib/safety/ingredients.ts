/**
 * The ingredients of a catalog generic name, as the keys lib/safety/data uses: lower case, first
 * word, without the salt or release note ("Losartan potassium" → losartan, "Metoprolol succinate
 * (extended release)" → metoprolol, "Losartan + Hydrochlorothiazide" → losartan, hydrochlorothiazide).
 */
export function ingredientsOf(genericName: string): string[] {
  return [
    ...new Set(
      genericName
        .replace(/\([^)]*\)/g, ' ')
        .split('+')
        .map((part) => part.trim().toLowerCase().split(/\s+/)[0] ?? '')
        .filter((key) => key.length > 0),
    ),
  ];
}

/** Forms that reach the bloodstream; drops, creams and inhalers are left out of interaction, age and duplicate checks. */
export const SYSTEMIC_FORMS: ReadonlySet<string> = new Set(['Tablet', 'Capsule', 'Syrup', 'Suspension', 'Sachet', 'Injection', 'Powder']);

export const isSystemic = (dosageForm: string) => SYSTEMIC_FORMS.has(dosageForm);
