'use client';

import { AddressFields } from '@/components/account/address-fields';
import { ActionForm, type FormAction } from '@/components/ui/form';

/** Adds a delivery address from inside checkout; the page re-renders with it selected. */
export function CheckoutAddressForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Save address">
      <AddressFields withLabel={false} withDefault={false} />
    </ActionForm>
  );
}
