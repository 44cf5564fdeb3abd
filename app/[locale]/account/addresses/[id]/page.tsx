import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { getAddress } from '@/lib/auth/account/addresses';
import { requireUser } from '@/lib/auth/current-user';
import { uuid } from '@/lib/validation/fields';
import { AddressForm } from '@/components/account/address-form';
import { updateAddressAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.addresses');
  return { title: t('editTitle') };
}

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = uuid.safeParse((await params).id);
  // Scoped by owner: someone else's address id is simply not found.
  const address = id.success ? await getAddress(db, user.id, id.data) : null;
  if (!address) notFound();
  const t = await getTranslations('account.addresses');
  return (
    <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
      <div className="mt-6">
        <AddressForm action={updateAddressAction} address={address} />
      </div>
    </section>
  );
}
