import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AddRegulatedMedicineForm, RemoveRegulatedMedicineButton } from '@/components/admin/regulated-medicine-forms';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { listRegulatedMedicines } from '@/lib/catalog/regulated';
import { formattersFor } from '@/lib/i18n/format';
import { requirePermission } from '@/lib/permissions/guard';
import { addRegulatedMedicineAction, removeRegulatedMedicineAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.regulatedMedicines.page'))('title') };
}

export default async function RegulatedMedicinesPage() {
  await requirePermission('products.manage');
  const [medicines, t, locale] = await Promise.all([listRegulatedMedicines(), getTranslations('manage.regulatedMedicines.page'), getLocale()]);
  const f = formattersFor(locale);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="add-regulated">
        <h2 id="add-regulated" className="mb-3 font-semibold">{t('add')}</h2>
        <AddRegulatedMedicineForm action={addRegulatedMedicineAction} />
      </section>
      <ResultCount count={medicines.length} singular={t('one')} plural={t('other')} />
      {medicines.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable columns={[t('columns.generic'), t('columns.reason'), t('columns.since'), '']}>
          {medicines.map((m) => (
            <tr key={m.id} className="border-t border-slate-100 align-top" data-testid="regulated-row" data-generic={m.genericName}>
              <td className="px-3 py-2 font-medium">{m.genericName}</td>
              <td className="px-3 py-2 text-sm">{m.reason}</td>
              <td className="px-3 py-2 text-sm">{f.date(m.createdAt)}</td>
              <td className="px-3 py-2"><RemoveRegulatedMedicineButton id={m.id} genericName={m.genericName} action={removeRegulatedMedicineAction} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
