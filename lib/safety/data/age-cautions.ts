import type { Severity } from '../types';

/**
 * Ingredients that need care below or above an age (years), each with its published source. A
 * caution applies when the patient is younger than `under`, or at least `from` years old.
 */
export type AgeCaution = { ingredients: readonly string[]; under?: number; from?: number; severity: Severity; reason: string; source: string };

const NSAIDS = ['ibuprofen', 'diclofenac', 'etoricoxib', 'mefenamic', 'aceclofenac'];

export const AGE_CAUTIONS: readonly AgeCaution[] = [
  {
    ingredients: ['aspirin'],
    under: 16,
    severity: 'major',
    reason: "Aspirin is not given to children under 16 because of the risk of Reye's syndrome (unless a specialist advises it).",
    source: "BNF: Aspirin, cautions in children (Reye's syndrome)",
  },
  {
    ingredients: ['doxycycline'],
    under: 8,
    severity: 'major',
    reason: 'Tetracyclines taken while teeth are forming can discolour them for good.',
    source: 'FDA label, doxycycline: Warnings, tooth development',
  },
  {
    ingredients: ['ciprofloxacin', 'levofloxacin', 'moxifloxacin'],
    under: 18,
    severity: 'moderate',
    reason: 'Fluoroquinolones are not a first choice in children and adolescents: joint and tendon problems.',
    source: 'FDA label, Cipro (ciprofloxacin): Use in Specific Populations, pediatric use',
  },
  {
    ingredients: ['loperamide'],
    under: 2,
    severity: 'major',
    reason: 'Loperamide must not be given to children under 2.',
    source: 'FDA label, loperamide: Contraindications',
  },
  {
    ingredients: ['domperidone'],
    under: 12,
    severity: 'moderate',
    reason: 'Domperidone for children under 12 (or under 35 kg) is dosed by weight and only for nausea and vomiting.',
    source: 'MHRA Drug Safety Update, May 2014: Domperidone: risks of cardiac side effects',
  },
  {
    ingredients: ['domperidone'],
    from: 60,
    severity: 'moderate',
    reason: 'People over 60 have a higher risk of serious heart rhythm problems with domperidone.',
    source: 'MHRA Drug Safety Update, May 2014: Domperidone: risks of cardiac side effects',
  },
  {
    ingredients: ['chlorpheniramine', 'diphenhydramine'],
    under: 6,
    severity: 'moderate',
    reason: 'Cough and cold medicines with these antihistamines are not for children under 6.',
    source: 'MHRA, March 2009: over-the-counter cough and cold medicines for children',
  },
  {
    ingredients: ['chlorpheniramine', 'diphenhydramine'],
    from: 65,
    severity: 'moderate',
    reason: 'First-generation antihistamines cause confusion, constipation and falls in older people.',
    source: 'American Geriatrics Society Beers Criteria (2023): first-generation antihistamines',
  },
  {
    ingredients: ['glimepiride', 'gliclazide'],
    from: 65,
    severity: 'moderate',
    reason: 'Sulfonylureas cause prolonged low blood sugar in older people.',
    source: 'American Geriatrics Society Beers Criteria (2023): sulfonylureas',
  },
  {
    ingredients: NSAIDS,
    from: 65,
    severity: 'moderate',
    reason: 'NSAIDs raise the risk of stomach bleeding and kidney injury in older people; avoid long use.',
    source: 'American Geriatrics Society Beers Criteria (2023): non-COX-selective NSAIDs, oral',
  },
  {
    ingredients: ['nitrofurantoin'],
    from: 65,
    severity: 'minor',
    reason: 'Avoid nitrofurantoin when kidney function is poor (creatinine clearance under 30 ml/min), common in older people.',
    source: 'American Geriatrics Society Beers Criteria (2023): nitrofurantoin',
  },
];
