'use client';

import { ActionForm, Field, Hidden, TextAreaField, type FormAction } from '@/components/ui/form';

export function AddRegulatedMedicineForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" submitLabel="Add to the list" testId="add-regulated-medicine">
      <Field name="genericName" label="Generic name" hint="As on the pack, e.g. “meropenem”: every product whose generic name contains this word stops being sold online." maxLength={60} />
      <TextAreaField name="reason" label="Why (shown to shoppers)" maxLength={300} rows={2} />
    </ActionForm>
  );
}

export function RemoveRegulatedMedicineButton({ id, genericName, action }: { id: number; genericName: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      tone="danger-outline"
      submitLabel="Remove"
      testId="remove-regulated-medicine"
      confirm={{ title: `Sell ${genericName} online again?`, description: 'Its products can be added to carts and ordered as soon as you confirm. The change is written to the audit log.', confirmLabel: 'Remove from list' }}
    >
      <Hidden name="id" value={id} />
    </ActionForm>
  );
}
