'use client';

import { useTranslations } from 'next-intl';
import { AddressFields } from '@/components/account/address-fields';
import { ActionForm, type FormAction } from '@/components/ui/form';

/** Adds a delivery address from inside checkout; the page re-renders with it selected. */
export function CheckoutAddressForm({ action, prefill }: { action: FormAction; prefill?: { recipientName: string; phone: string | null } }) {
  const t = useTranslations('orders.checkout');
  return (
    <ActionForm action={action} submitLabel={t('saveAddress')} testId="checkout-address-form">
      <AddressFields withLabel={false} withDefault={false} prefill={prefill} />
    </ActionForm>
  );
}
