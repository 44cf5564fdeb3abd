import type { Severity } from '../types';

/**
 * Major and moderate interactions among the catalog's generics (ingredient keys from
 * lib/safety/ingredients.ts). Every entry names the published source it is taken from; nothing is
 * looked up over the network. Each entry warns for every pair of one ingredient from `a` with one
 * from `b`. Curated for the medicines this shop sells; it is not a complete interaction checker,
 * and the pharmacist in charge should review it when the catalog changes.
 */
export type Interaction = { a: readonly string[]; b: readonly string[]; severity: Severity; effect: string; advice: string; source: string };

const FLUOROQUINOLONES = ['ciprofloxacin', 'levofloxacin', 'moxifloxacin'];
const SULFONYLUREAS = ['glimepiride', 'gliclazide'];
const NSAIDS = ['ibuprofen', 'diclofenac', 'etoricoxib', 'mefenamic', 'aceclofenac'];
const RENIN_ANGIOTENSIN = ['ramipril', 'losartan', 'telmisartan'];

export const INTERACTIONS: readonly Interaction[] = [
  {
    a: ['clopidogrel'],
    b: ['omeprazole', 'esomeprazole'],
    severity: 'major',
    effect: 'Omeprazole and esomeprazole block the activation of clopidogrel (CYP2C19) and weaken its protection against clots.',
    advice: 'Avoid together; pantoprazole or rabeprazole is the usual alternative.',
    source: 'FDA label, Plavix (clopidogrel bisulfate): Warnings and Precautions, diminished effectiveness with omeprazole or esomeprazole',
  },
  {
    a: ['theophylline'],
    b: ['ciprofloxacin'],
    severity: 'major',
    effect: 'Ciprofloxacin raises theophylline levels; serious and fatal reactions (seizures, arrhythmia) have been reported.',
    advice: 'Avoid together, or lower the theophylline dose and monitor levels.',
    source: 'FDA label, Cipro (ciprofloxacin): Warnings and Precautions, serious adverse reactions with concomitant theophylline',
  },
  {
    a: ['ramipril'],
    b: ['losartan', 'telmisartan'],
    severity: 'major',
    effect: 'An ACE inhibitor with a sartan blocks the renin-angiotensin system twice: high potassium, low blood pressure and kidney injury.',
    advice: 'Not recommended together; ask the prescriber which one is meant.',
    source: 'MHRA Drug Safety Update, June 2014: combination use of medicines from different classes of renin-angiotensin system blocking agents',
  },
  {
    a: ['domperidone'],
    b: ['azithromycin', 'levofloxacin', 'moxifloxacin', 'ondansetron'],
    severity: 'major',
    effect: 'Both prolong the QT interval; domperidone is contraindicated with other QT-prolonging medicines.',
    advice: 'Avoid together; ask the prescriber for another antiemetic or antibiotic.',
    source: 'MHRA Drug Safety Update, May 2014: Domperidone: risks of cardiac side effects',
  },
  {
    a: ['aspirin'],
    b: ['ibuprofen'],
    severity: 'moderate',
    effect: "Ibuprofen can block low-dose aspirin's protection of the heart, and together they raise the risk of stomach bleeding.",
    advice: 'Take aspirin at least 30 minutes before ibuprofen, or use paracetamol for pain.',
    source: 'FDA, Information for Healthcare Professionals: Concomitant Use of Ibuprofen and Aspirin (September 2006)',
  },
  {
    a: ['clopidogrel'],
    b: NSAIDS,
    severity: 'moderate',
    effect: 'An NSAID with clopidogrel raises the risk of bleeding, especially from the stomach.',
    advice: 'Prefer paracetamol; if an NSAID is needed, keep it short and consider stomach protection.',
    source: 'FDA label, Plavix (clopidogrel bisulfate): Drug Interactions, NSAIDs',
  },
  {
    a: NSAIDS,
    b: RENIN_ANGIOTENSIN,
    severity: 'moderate',
    effect: 'NSAIDs weaken the blood-pressure effect and, with an ACE inhibitor or sartan, can injure the kidneys (more so with a diuretic).',
    advice: 'Keep the NSAID short; advise fluids and watch kidney function in older patients.',
    source: 'BNF: NSAIDs, interactions with ACE inhibitors and angiotensin-II receptor antagonists',
  },
  {
    a: FLUOROQUINOLONES,
    b: SULFONYLUREAS,
    severity: 'moderate',
    effect: 'Fluoroquinolones can cause severe low (or high) blood sugar in people on a sulfonylurea.',
    advice: 'Tell the patient to check blood sugar more often during the course.',
    source: 'FDA Drug Safety Communication, July 2018: fluoroquinolone antibiotics, serious low blood sugar',
  },
  {
    a: FLUOROQUINOLONES,
    b: ['calcium', 'ferrous', 'aluminium', 'magnesium'],
    severity: 'moderate',
    effect: 'Calcium, iron, aluminium and magnesium bind the antibiotic in the gut and stop it working.',
    advice: 'Take the antibiotic at least 2 hours before or 6 hours after these.',
    source: 'FDA label, Cipro (ciprofloxacin): Dosage and Administration, with multivalent cation-containing products',
  },
  {
    a: ['doxycycline'],
    b: ['calcium', 'ferrous', 'aluminium', 'magnesium'],
    severity: 'moderate',
    effect: 'Calcium, iron, aluminium and magnesium reduce the absorption of doxycycline.',
    advice: 'Take doxycycline at least 2 to 3 hours apart from these.',
    source: 'BNF: Doxycycline, interactions (antacids, calcium salts, iron salts)',
  },
  {
    a: ['ondansetron'],
    b: ['azithromycin', 'levofloxacin', 'moxifloxacin'],
    severity: 'moderate',
    effect: 'Both can prolong the QT interval.',
    advice: 'Check for heart rhythm problems and low potassium or magnesium before dispensing both.',
    source: 'FDA label, Zofran (ondansetron): Warnings and Precautions, QT prolongation',
  },
];
