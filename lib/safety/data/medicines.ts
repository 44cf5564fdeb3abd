import type { ClassId } from './classes';

/**
 * What the safety rules know of each ingredient of the catalog (keys from lib/safety/ingredients.ts).
 * `dailyUnits` is the most tablets or capsules a day at the usual adult dose, and `maxSupplyDays`
 * the longest supply usually dispensed at once (a course for antibiotics, about three months for
 * long-term medicines): more than that in one order earns a quantity warning. Ingredients without
 * dosing are not checked for quantity, and their earlier orders count as 30 days of supply.
 * Curated by hand from the catalog's own usage text and the BNF's usual adult doses; the
 * pharmacist in charge should review it when the catalog changes.
 */
export type MedicineProfile = { classId: ClassId; dailyUnits?: number; maxSupplyDays?: number };

const LONG_TERM = 90;
const COURSE = 14;

export const MEDICINE_PROFILES: Readonly<Record<string, MedicineProfile>> = {
  // Antibiotics: a course, not a stock.
  amoxicillin: { classId: 'penicillin', dailyUnits: 3, maxSupplyDays: COURSE },
  clavulanic: { classId: 'penicillin' },
  azithromycin: { classId: 'macrolide', dailyUnits: 1, maxSupplyDays: 7 },
  ciprofloxacin: { classId: 'fluoroquinolone', dailyUnits: 2, maxSupplyDays: COURSE },
  levofloxacin: { classId: 'fluoroquinolone', dailyUnits: 1, maxSupplyDays: COURSE },
  moxifloxacin: { classId: 'fluoroquinolone', dailyUnits: 1, maxSupplyDays: COURSE },
  cefixime: { classId: 'cephalosporin', dailyUnits: 2, maxSupplyDays: COURSE },
  cefpodoxime: { classId: 'cephalosporin', dailyUnits: 2, maxSupplyDays: COURSE },
  cefalexin: { classId: 'cephalosporin', dailyUnits: 4, maxSupplyDays: COURSE },
  cefuroxime: { classId: 'cephalosporin', dailyUnits: 2, maxSupplyDays: COURSE },
  doxycycline: { classId: 'tetracycline', dailyUnits: 2, maxSupplyDays: 30 },
  metronidazole: { classId: 'nitroimidazole', dailyUnits: 3, maxSupplyDays: COURSE },
  nitrofurantoin: { classId: 'nitrofuran', dailyUnits: 2, maxSupplyDays: 7 },
  sulfadiazine: { classId: 'sulfonamide' },
  // Pain and inflammation.
  diclofenac: { classId: 'nsaid', dailyUnits: 3, maxSupplyDays: COURSE },
  aceclofenac: { classId: 'nsaid', dailyUnits: 2, maxSupplyDays: COURSE },
  etoricoxib: { classId: 'nsaid', dailyUnits: 1, maxSupplyDays: COURSE },
  mefenamic: { classId: 'nsaid', dailyUnits: 3, maxSupplyDays: 7 },
  ibuprofen: { classId: 'nsaid' },
  aspirin: { classId: 'antiplatelet_aspirin' },
  paracetamol: { classId: 'paracetamol' },
  // Diabetes.
  metformin: { classId: 'biguanide', dailyUnits: 4, maxSupplyDays: LONG_TERM },
  glimepiride: { classId: 'sulfonylurea', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  gliclazide: { classId: 'sulfonylurea', dailyUnits: 4, maxSupplyDays: LONG_TERM },
  sitagliptin: { classId: 'dpp4_inhibitor', dailyUnits: 1, maxSupplyDays: LONG_TERM },
  vildagliptin: { classId: 'dpp4_inhibitor', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  teneligliptin: { classId: 'dpp4_inhibitor', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  dapagliflozin: { classId: 'sglt2_inhibitor', dailyUnits: 1, maxSupplyDays: LONG_TERM },
  empagliflozin: { classId: 'sglt2_inhibitor', dailyUnits: 1, maxSupplyDays: LONG_TERM },
  pioglitazone: { classId: 'thiazolidinedione', dailyUnits: 3, maxSupplyDays: LONG_TERM },
  // Heart and blood pressure.
  amlodipine: { classId: 'calcium_channel_blocker', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  losartan: { classId: 'arb', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  telmisartan: { classId: 'arb', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  ramipril: { classId: 'ace_inhibitor', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  hydrochlorothiazide: { classId: 'thiazide', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  furosemide: { classId: 'loop_diuretic', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  atenolol: { classId: 'beta_blocker', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  metoprolol: { classId: 'beta_blocker', dailyUnits: 4, maxSupplyDays: LONG_TERM },
  atorvastatin: { classId: 'statin', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  rosuvastatin: { classId: 'statin', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  clopidogrel: { classId: 'antiplatelet_p2y12', dailyUnits: 1, maxSupplyDays: LONG_TERM },
  isosorbide: { classId: 'nitrate', dailyUnits: 6, maxSupplyDays: LONG_TERM },
  // Stomach.
  omeprazole: { classId: 'ppi' },
  pantoprazole: { classId: 'ppi', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  rabeprazole: { classId: 'ppi', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  esomeprazole: { classId: 'ppi', dailyUnits: 2, maxSupplyDays: LONG_TERM },
  famotidine: { classId: 'h2_blocker' },
  domperidone: { classId: 'antiemetic_dopamine', dailyUnits: 3, maxSupplyDays: 7 },
  ondansetron: { classId: 'antiemetic_5ht3', dailyUnits: 3, maxSupplyDays: 7 },
  // Breathing and allergy.
  montelukast: { classId: 'leukotriene_antagonist', dailyUnits: 1, maxSupplyDays: LONG_TERM },
  levocetirizine: { classId: 'antihistamine' },
  cetirizine: { classId: 'antihistamine' },
  fexofenadine: { classId: 'antihistamine' },
  chlorpheniramine: { classId: 'antihistamine' },
  diphenhydramine: { classId: 'antihistamine' },
  theophylline: { classId: 'methylxanthine', dailyUnits: 3, maxSupplyDays: LONG_TERM },
  etofylline: { classId: 'methylxanthine' },
  // Women's health.
  tranexamic: { classId: 'antifibrinolytic', dailyUnits: 6, maxSupplyDays: 7 },
  norethisterone: { classId: 'progestogen', dailyUnits: 3, maxSupplyDays: 30 },
  // Minerals and antacids that bind some antibiotics (see interactions.ts).
  calcium: { classId: 'antacid' },
  ferrous: { classId: 'antacid' },
  aluminium: { classId: 'antacid' },
  magnesium: { classId: 'antacid' },
};

/** Earlier orders of an ingredient without dosing data still count this long. */
export const ASSUMED_SUPPLY_DAYS = 30;
