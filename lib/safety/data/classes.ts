/**
 * Therapeutic classes of the catalog's generics, for duplicate therapy and allergies. `allergyWords`
 * are what shoppers write for an allergy to the class ("penicillin", "sulfa"); `crossReacts` names
 * classes an allergy to this one warns about too, with the source of that caution.
 */
export type TherapeuticClass = {
  label: string;
  allergyWords: readonly string[];
  crossReacts?: readonly { classId: string; note: string; source: string }[];
  /** Medicines of this class are often taken two at a time on purpose: no same-class duplicate warning. */
  combinedOnPurpose?: boolean;
};

export const THERAPEUTIC_CLASSES = {
  penicillin: {
    label: 'penicillin antibiotics',
    allergyWords: ['penicillin', 'penicillins', 'amoxicillin', 'amoxycillin', 'ampicillin', 'augmentin'],
    crossReacts: [
      {
        classId: 'cephalosporin',
        note: 'A small share of people allergic to penicillin react to cephalosporins too.',
        source: 'BNF: Penicillins, cross-sensitivity with cephalosporins',
      },
    ],
  },
  cephalosporin: { label: 'cephalosporin antibiotics', allergyWords: ['cephalosporin', 'cephalosporins', 'cefixime', 'cefalexin', 'cephalexin', 'cefuroxime', 'cefpodoxime'] },
  macrolide: { label: 'macrolide antibiotics', allergyWords: ['macrolide', 'macrolides', 'azithromycin', 'erythromycin', 'clarithromycin'] },
  fluoroquinolone: { label: 'fluoroquinolone antibiotics', allergyWords: ['quinolone', 'quinolones', 'fluoroquinolone', 'fluoroquinolones', 'ciprofloxacin', 'levofloxacin', 'ofloxacin'] },
  tetracycline: { label: 'tetracycline antibiotics', allergyWords: ['tetracycline', 'tetracyclines', 'doxycycline'] },
  nitroimidazole: { label: 'nitroimidazole antimicrobials', allergyWords: ['metronidazole', 'tinidazole', 'flagyl'] },
  nitrofuran: { label: 'nitrofurantoin', allergyWords: ['nitrofurantoin'] },
  nsaid: {
    label: 'NSAID pain relievers',
    allergyWords: ['nsaid', 'nsaids', 'ibuprofen', 'diclofenac', 'etoricoxib', 'mefenamic', 'aceclofenac', 'brufen'],
    crossReacts: [{ classId: 'antiplatelet_aspirin', note: 'People who react to one NSAID often react to aspirin too.', source: 'BNF: NSAIDs, hypersensitivity (cross-sensitivity with aspirin)' }],
  },
  antiplatelet_aspirin: {
    label: 'aspirin (antiplatelet)',
    allergyWords: ['aspirin', 'salicylate', 'salicylates', 'disprin', 'ecosprin'],
    crossReacts: [{ classId: 'nsaid', note: 'People who react to aspirin often react to other NSAIDs.', source: 'BNF: Aspirin, contra-indications (hypersensitivity to NSAIDs)' }],
  },
  antiplatelet_p2y12: { label: 'P2Y12 antiplatelets', allergyWords: ['clopidogrel'] },
  biguanide: { label: 'biguanides', allergyWords: ['metformin'] },
  sulfonylurea: { label: 'sulfonylureas', allergyWords: ['sulfonylurea', 'sulfonylureas', 'glimepiride', 'gliclazide', 'glibenclamide'] },
  sulfonamide: { label: 'sulfonamides', allergyWords: ['sulfa', 'sulpha', 'sulfonamide', 'sulphonamide', 'sulfadiazine', 'cotrimoxazole', 'co-trimoxazole', 'septran'] },
  dpp4_inhibitor: { label: 'DPP-4 inhibitors (gliptins)', allergyWords: ['gliptin', 'sitagliptin', 'vildagliptin', 'teneligliptin'] },
  sglt2_inhibitor: { label: 'SGLT2 inhibitors (gliflozins)', allergyWords: ['gliflozin', 'dapagliflozin', 'empagliflozin'] },
  thiazolidinedione: { label: 'thiazolidinediones', allergyWords: ['pioglitazone'] },
  calcium_channel_blocker: { label: 'calcium-channel blockers', allergyWords: ['amlodipine'] },
  ace_inhibitor: { label: 'ACE inhibitors', allergyWords: ['ace inhibitor', 'ramipril', 'enalapril', 'lisinopril'] },
  arb: { label: 'angiotensin receptor blockers (sartans)', allergyWords: ['sartan', 'losartan', 'telmisartan'] },
  thiazide: { label: 'thiazide diuretics', allergyWords: ['thiazide', 'hydrochlorothiazide'] },
  loop_diuretic: { label: 'loop diuretics', allergyWords: ['furosemide', 'frusemide', 'lasix'] },
  beta_blocker: { label: 'beta blockers', allergyWords: ['beta blocker', 'atenolol', 'metoprolol', 'propranolol'] },
  statin: { label: 'statins', allergyWords: ['statin', 'statins', 'atorvastatin', 'rosuvastatin'] },
  nitrate: { label: 'nitrates', allergyWords: ['nitrate', 'isosorbide'] },
  ppi: { label: 'proton-pump inhibitors', allergyWords: ['ppi', 'omeprazole', 'pantoprazole', 'rabeprazole', 'esomeprazole'] },
  h2_blocker: { label: 'H2 blockers', allergyWords: ['famotidine', 'ranitidine'] },
  antiemetic_dopamine: { label: 'dopamine-blocking antiemetics', allergyWords: ['domperidone'] },
  antiemetic_5ht3: { label: '5-HT3 antiemetics', allergyWords: ['ondansetron'] },
  leukotriene_antagonist: { label: 'leukotriene antagonists', allergyWords: ['montelukast'] },
  antihistamine: { label: 'antihistamines', allergyWords: ['antihistamine', 'cetirizine', 'levocetirizine', 'fexofenadine', 'chlorpheniramine', 'diphenhydramine'] },
  methylxanthine: { label: 'methylxanthines', allergyWords: ['theophylline', 'etofylline', 'aminophylline'] },
  antifibrinolytic: { label: 'antifibrinolytics', allergyWords: ['tranexamic'] },
  progestogen: { label: 'progestogens', allergyWords: ['norethisterone', 'levonorgestrel'] },
  paracetamol: { label: 'paracetamol', allergyWords: ['paracetamol', 'acetaminophen', 'cetamol'] },
  antacid: { label: 'antacids and mineral supplements', allergyWords: [], combinedOnPurpose: true },
} as const satisfies Record<string, TherapeuticClass>;

export type ClassId = keyof typeof THERAPEUTIC_CLASSES;
