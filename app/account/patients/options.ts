import { PATIENT_SEXES } from '@/db/schema/patients';
import { ADDABLE_RELATIONSHIPS, RELATIONSHIP_LABELS, SEX_LABELS } from '@/lib/patients/validation';

export const RELATIONSHIP_OPTIONS = ADDABLE_RELATIONSHIPS.map((value) => ({ value, label: RELATIONSHIP_LABELS[value] }));
export const SEX_OPTIONS = PATIENT_SEXES.map((value) => ({ value, label: SEX_LABELS[value] }));
