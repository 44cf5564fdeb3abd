import type { HistoryLine, PatientFacts, ReviewLine, SafetyInput } from '@/lib/safety/types';

/** Patients and catalog-like lines for the lib/safety unit tests; names follow the seed catalog. */
export const TODAY = '2026-06-15';

export const patient = (overrides: Partial<PatientFacts> = {}): PatientFacts => ({
  id: overrides.id ?? 'patient-adult',
  name: overrides.name ?? 'Hari Adult',
  birthDate: overrides.birthDate === undefined ? '1980-01-01' : overrides.birthDate,
  allergies: overrides.allergies ?? '',
  conditions: overrides.conditions ?? '',
});

const CATALOG = {
  clopidogrel: { productName: 'Clopitab 75 mg', genericName: 'Clopidogrel', dosageForm: 'Tablet', packSize: '10 tablets' },
  omeprazole: { productName: 'Omez 20 mg', genericName: 'Omeprazole', dosageForm: 'Capsule', packSize: '10 capsules' },
  pantoprazole: { productName: 'Pantocid 40 mg', genericName: 'Pantoprazole', dosageForm: 'Tablet', packSize: '10 tablets' },
  rabeprazole: { productName: 'Rablet 20 mg', genericName: 'Rabeprazole', dosageForm: 'Tablet', packSize: '10 tablets' },
  losartan: { productName: 'Losar 50 mg', genericName: 'Losartan potassium', dosageForm: 'Tablet', packSize: '10 tablets' },
  losartanHctz: { productName: 'Losar-H 50 mg + 12.5 mg', genericName: 'Losartan + Hydrochlorothiazide', dosageForm: 'Tablet', packSize: '10 tablets' },
  amoxicillin: { productName: 'Novamox 500 mg', genericName: 'Amoxicillin', dosageForm: 'Capsule', packSize: '10 capsules' },
  cefixime: { productName: 'Taxim-O 200 mg', genericName: 'Cefixime', dosageForm: 'Tablet', packSize: '10 tablets' },
  ciprofloxacin: { productName: 'Ciplox 500 mg', genericName: 'Ciprofloxacin', dosageForm: 'Tablet', packSize: '10 tablets' },
  ciprofloxacinDrops: { productName: 'Ciplox 0.3% w/v', genericName: 'Ciprofloxacin', dosageForm: 'Drops', packSize: '10 ml' },
  theophylline: { productName: 'Deriphyllin 115 mg + 35 mg', genericName: 'Etofylline + Theophylline', dosageForm: 'Tablet', packSize: '30 tablets' },
  doxycycline: { productName: 'Doxy-1 100 mg', genericName: 'Doxycycline', dosageForm: 'Capsule', packSize: '10 capsules' },
  aspirinLowDose: { productName: 'Ecosprin 75 mg', genericName: 'Aspirin (low dose, gastro-resistant)', dosageForm: 'Tablet', packSize: '14 tablets' },
  glimepiride: { productName: 'Amaryl 1 mg', genericName: 'Glimepiride', dosageForm: 'Tablet', packSize: '30 tablets' },
  amlodipine: { productName: 'Amlopin 5 mg', genericName: 'Amlodipine', dosageForm: 'Tablet', packSize: '10 tablets' },
} as const;

export type CatalogKey = keyof typeof CATALOG;

export const line = (key: CatalogKey, quantity = 1, who: PatientFacts | null = patient()): ReviewLine => ({ ...CATALOG[key], quantity, patient: who });

export const earlier = (key: CatalogKey, orderedOn: string, quantity = 1, patientId = 'patient-adult'): HistoryLine => ({
  ...CATALOG[key],
  quantity,
  patientId,
  orderNumber: 'MN-260601-EARLIER1',
  orderedOn,
});

export const review = (lines: ReviewLine[], history: HistoryLine[] = []): SafetyInput => ({ today: TODAY, lines, history });
