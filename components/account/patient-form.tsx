'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, SelectField, TextAreaField, type FormAction } from '@/components/ui/form';
import { nepalToday } from '@/lib/nepal-time';
import { ageInYears } from '@/lib/patients/age';
import type { PatientDto } from '@/lib/patients/patients';

type Option = { value: string; label: string };

/** Adds a patient, or edits one when `patient` is given; "self" keeps its relationship. */
export function PatientForm({ action, patient, relationships, sexes }: { action: FormAction; patient?: PatientDto; relationships: Option[]; sexes: Option[] }) {
  const t = useTranslations('account.patientForm');
  return (
    <ActionForm action={action} submitLabel={patient ? t('save') : t('add')} testId="patient-form">
      {patient ? <Hidden name="id" value={patient.id} /> : null}
      <Field name="name" label={t('name')} defaultValue={patient?.name} maxLength={100} />
      {patient?.relationship === 'self' ? null : (
        <SelectField name="relationship" label={t('relationship')} placeholder={t('choose')} options={relationships} defaultValue={patient?.relationship} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="birthDate"
          label={t('birthDate')}
          type="date"
          defaultValue={patient && !patient.birthDateEstimated ? patient.birthDate : null}
          hint={t('birthDateHint')}
        />
        <Field
          name="ageYears"
          label={t('ageYears')}
          type="number"
          inputMode="numeric"
          hint={t('ageYearsHint')}
          defaultValue={patient?.birthDate && patient.birthDateEstimated ? ageInYears(patient.birthDate, nepalToday()) : null}
        />
      </div>
      <SelectField name="sex" label={t('sex')} placeholder={t('choose')} options={sexes} defaultValue={patient?.sex} />
      <TextAreaField name="allergies" label={t('allergies')} hint={t('allergiesHint')} defaultValue={patient?.allergies} rows={2} maxLength={500} />
      <TextAreaField name="conditions" label={t('conditions')} hint={t('conditionsHint')} defaultValue={patient?.conditions} rows={2} maxLength={500} />
    </ActionForm>
  );
}
