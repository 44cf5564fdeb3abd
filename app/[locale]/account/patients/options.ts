import { getTranslations } from 'next-intl/server';
import { PATIENT_SEXES } from '@/db/schema/patients';
import { ADDABLE_RELATIONSHIPS } from '@/lib/patients/validation';

/** The patient form's choices in the page's language; the values are lib/patients' enums. */
export async function patientOptions() {
  const t = await getTranslations('account.patients');
  return {
    relationships: ADDABLE_RELATIONSHIPS.map((value) => ({ value, label: t(`relationship.${value}`) })),
    sexes: PATIENT_SEXES.map((value) => ({ value, label: t(`sexes.${value}`) })),
  };
}
