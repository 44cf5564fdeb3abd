import type { PATIENT_RELATIONSHIPS } from '@/db/schema/patients';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

const WORDS = { en: translatorFor('en', 'account.patients'), ne: translatorFor('ne', 'account.patients') };

/** How a patient is named in pickers, in the page's language: "You (Hari Prasad)", "Sita Sharma · Mother or father". */
export function patientLabel(p: { name: string; relationship: (typeof PATIENT_RELATIONSHIPS)[number] }, locale: Locale): string {
  const t = WORDS[locale];
  return p.relationship === 'self' ? t('pickerSelf', { name: p.name }) : t('picker', { name: p.name, relationship: t(`relationship.${p.relationship}`) });
}
