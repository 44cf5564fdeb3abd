import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { listAddresses } from '@/lib/auth/account/addresses';
import { requireUser } from '@/lib/auth/current-user';
import { placeName } from '@/lib/geo/nepal';
import { Link } from '@/lib/i18n/navigation';
import { DeleteAddressButton, MakeDefaultAddressButton } from '@/components/account/address-buttons';
import { AddressForm } from '@/components/account/address-form';
import { createAddressAction, deleteAddressAction, setDefaultAddressAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.addresses');
  return { title: t('title') };
}

export default async function AddressesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [addresses, params] = await Promise.all([listAddresses(db, user.id), searchParams]);
  const [t, locale] = await Promise.all([getTranslations('account.addresses'), getLocale()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      {params.saved === '1' ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {t('saved')}
        </p>
      ) : null}
      {addresses.length === 0 ? <p className="text-slate-600">{t('empty')}</p> : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {addresses.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="address">
            <p className="font-semibold">
              {a.label} {a.isDefault ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{t('default')}</span> : null}
            </p>
            <address className="mt-1 text-sm not-italic text-slate-700">
              {a.recipientName}, {a.phone}
              <br />
              {a.street}
              {a.landmark ? ` ${t('near', { landmark: a.landmark })}` : ''}
              <br />
              {a.municipality}-{a.ward}, {placeName(locale, a.district)}, {t('province', { province: placeName(locale, a.province) })}
            </address>
            <div className="mt-3 flex flex-wrap gap-3 text-sm">
              <Link href={`/account/addresses/${a.id}`} className="text-brand-700 underline">
                {t('edit')}
              </Link>
              {!a.isDefault ? (
                <MakeDefaultAddressButton action={setDefaultAddressAction} id={a.id} />
              ) : null}
              <DeleteAddressButton action={deleteAddressAction} id={a.id} label={a.label} />
            </div>
          </li>
        ))}
      </ul>
      <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="text-lg font-semibold">{t('add')}</h2>
        <div className="mt-4">
          <AddressForm action={createAddressAction} />
        </div>
      </section>
    </div>
  );
}
