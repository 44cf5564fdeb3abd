'use client';

import { ActionForm, Field, Hidden, SelectField, TextAreaField, type FormAction } from '@/components/ui/form';
import { nepalToday } from '@/lib/nepal-time';
import { ageInYears } from '@/lib/patients/age';
import type { PatientDto } from '@/lib/patients/patients';

type Option = { value: string; label: string };

/** Adds a patient, or edits one when `patient` is given; "self" keeps its relationship. */
export function PatientForm({ action, patient, relationships, sexes }: { action: FormAction; patient?: PatientDto; relationships: Option[]; sexes: Option[] }) {
  return (
    <ActionForm action={action} submitLabel={patient ? 'Save patient' : 'Add patient'} testId="patient-form">
      {patient ? <Hidden name="id" value={patient.id} /> : null}
      <Field name="name" label="Full name" defaultValue={patient?.name} maxLength={100} />
      {patient?.relationship === 'self' ? null : (
        <SelectField name="relationship" label="Who is this?" placeholder="Choose…" options={relationships} defaultValue={patient?.relationship} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="birthDate"
          label="Date of birth"
          type="date"
          defaultValue={patient && !patient.birthDateEstimated ? patient.birthDate : null}
          hint="Or give the age instead"
        />
        <Field
          name="ageYears"
          label="Age in years"
          type="number"
          inputMode="numeric"
          hint="If the date of birth is not known"
          defaultValue={patient?.birthDate && patient.birthDateEstimated ? ageInYears(patient.birthDate, nepalToday()) : null}
        />
      </div>
      <SelectField name="sex" label="Sex" placeholder="Choose…" options={sexes} defaultValue={patient?.sex} />
      <TextAreaField name="allergies" label="Allergies" hint="Medicines or foods, e.g. penicillin, sulfa, peanuts. Leave empty if none known." defaultValue={patient?.allergies} rows={2} maxLength={500} />
      <TextAreaField name="conditions" label="Long-term conditions" hint="e.g. diabetes, high blood pressure, asthma, pregnancy" defaultValue={patient?.conditions} rows={2} maxLength={500} />
    </ActionForm>
  );
}
