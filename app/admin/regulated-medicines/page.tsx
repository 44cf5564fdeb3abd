import type { Metadata } from 'next';
import { AddRegulatedMedicineForm, RemoveRegulatedMedicineButton } from '@/components/admin/regulated-medicine-forms';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { listRegulatedMedicines } from '@/lib/catalog/regulated';
import { formatDate } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { addRegulatedMedicineAction, removeRegulatedMedicineAction } from './actions';

export const metadata: Metadata = { title: 'Not sold online' };

export default async function RegulatedMedicinesPage() {
  await requirePermission('products.manage');
  const medicines = await listRegulatedMedicines();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Medicines not sold online</h1>
        <p className="text-sm text-slate-600">
          Products of these generics stay in the catalog with the reason shown, but cannot be added to a cart or ordered: checkout refuses them too.
          Nepal keeps reserve antibiotics for hospital use.
        </p>
      </div>
      <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="add-regulated">
        <h2 id="add-regulated" className="mb-3 font-semibold">Add a medicine</h2>
        <AddRegulatedMedicineForm action={addRegulatedMedicineAction} />
      </section>
      <ResultCount count={medicines.length} singular="medicine" />
      {medicines.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">The list is empty: every active product can be ordered online.</p>
      ) : (
        <DataTable columns={['Generic', 'Reason shown to shoppers', 'Since', '']}>
          {medicines.map((m) => (
            <tr key={m.id} className="border-t border-slate-100 align-top" data-testid="regulated-row" data-generic={m.genericName}>
              <td className="px-3 py-2 font-medium">{m.genericName}</td>
              <td className="px-3 py-2 text-sm">{m.reason}</td>
              <td className="px-3 py-2 text-sm">{formatDate(m.createdAt)}</td>
              <td className="px-3 py-2"><RemoveRegulatedMedicineButton id={m.id} genericName={m.genericName} action={removeRegulatedMedicineAction} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
