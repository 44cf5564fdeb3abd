'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Hidden, type FormAction } from '@/components/ui/form';
import type { AddressDto } from '@/lib/auth/account/addresses';
import { AddressFields } from './address-fields';

/** Adds an address, or edits one when `address` is given; the action decides which. */
export function AddressForm({ action, address }: { action: FormAction; address?: AddressDto }) {
  const t = useTranslations('account.addressForm');
  return (
    <ActionForm action={action} submitLabel={address ? t('save') : t('add')}>
      {address ? <Hidden name="id" value={address.id} /> : null}
      <AddressFields address={address} />
    </ActionForm>
  );
}
