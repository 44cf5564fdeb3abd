'use client';

import { AddressFields } from '@/components/account/address-fields';
import { ActionForm, type FormAction } from '@/components/ui/form';

/** Adds a delivery address from inside checkout; the page re-renders with it selected. */
export function CheckoutAddressForm({ action, prefill }: { action: FormAction; prefill?: { recipientName: string; phone: string | null } }) {
  return (
    <ActionForm action={action} submitLabel="Save address" testId="checkout-address-form">
      <AddressFields withLabel={false} withDefault={false} prefill={prefill} />
    </ActionForm>
  );
}
