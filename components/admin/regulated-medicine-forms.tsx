'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, TextAreaField, type FormAction } from '@/components/ui/form';

export function AddRegulatedMedicineForm({ action }: { action: FormAction }) {
  const t = useTranslations('manage.regulatedMedicines.forms');
  return (
    <ActionForm action={action} density="compact" submitLabel={t('add')} testId="add-regulated-medicine">
      <Field name="genericName" label={t('genericName')} hint={t('genericNameHint')} maxLength={60} />
      <TextAreaField name="reason" label={t('reason')} maxLength={300} rows={2} />
    </ActionForm>
  );
}

export function RemoveRegulatedMedicineButton({ id, genericName, action }: { id: number; genericName: string; action: FormAction }) {
  const t = useTranslations('manage.regulatedMedicines.forms');
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="danger-outline"
      submitLabel={t('remove')}
      testId="remove-regulated-medicine"
      confirm={{ title: t('removeTitle', { genericName }), description: t('removeDescription'), confirmLabel: t('removeConfirm') }}
    >
      <Hidden name="id" value={id} />
    </ActionForm>
  );
}
