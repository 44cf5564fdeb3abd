import type { WarningWords } from './words';

/** How much a warning matters; the review page lists major first. None of them blocks on its own. */
export type Severity = 'major' | 'moderate' | 'minor';
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { major: 0, moderate: 1, minor: 2 };

export type WarningType = 'interaction' | 'duplicate_therapy' | 'allergy' | 'quantity' | 'age';

export type SafetyWarning = {
  /** Stable for the same facts, so the approval can tell which warnings the pharmacist acknowledged. */
  id: string;
  type: WarningType;
  severity: Severity;
  /** The patient it concerns, when the lines name one. */
  patientName: string | null;
  /** In English, as the approval's audit record keeps it. */
  title: string;
  detail: string;
  /** The same as words, for the page to show in its language (./words.ts). */
  words: { title: WarningWords; detail: WarningWords };
  /** The published source of the rule (interactions, age cautions), as written in lib/safety/data. */
  source: string | null;
};

/** What the rules need of a patient: nothing else of the account reaches them. */
export type PatientFacts = { id: string; name: string; birthDate: string | null; allergies: string; conditions: string };

/** A medicine under review: a line of an order linked to the prescription. */
export type ReviewLine = {
  productName: string;
  genericName: string;
  dosageForm: string;
  packSize: string;
  quantity: number;
  patient: PatientFacts | null;
};

/** A medicine the same patient got in an earlier order (not cancelled, not under this review). */
export type HistoryLine = {
  productName: string;
  genericName: string;
  dosageForm: string;
  packSize: string;
  quantity: number;
  patientId: string;
  orderNumber: string;
  orderedOn: string;
};

export type SafetyInput = { today: string; lines: ReviewLine[]; history: HistoryLine[] };
