import type { Metadata } from 'next';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { formatDay } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { refillsDue } from '@/lib/refills/due-list';

export const metadata: Metadata = { title: 'Refills due' };

export default async function RefillsDuePage() {
  await requirePermission('orders.view');
  const rows = await refillsDue();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Refills due</h1>
      <p className="text-sm text-slate-600">Long-term medicines running out in the next 14 days (or in the last 14), whose shoppers keep reminders on.</p>
      <ResultCount count={rows.length} singular="refill" />
      <DataTable columns={['Runs out', 'Medicine', 'Shopper', 'Patient', 'Reminder']} emptyMessage={rows.length === 0 ? 'No refills due.' : null}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="refill-due-row">
            <td className="whitespace-nowrap px-3 py-2">{formatDay(r.runsOutOn)}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.medicine}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.customerName}<span className="block text-xs text-slate-600">{r.customerEmail}</span></td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.patientName ?? ''}</td>
            <td className="px-3 py-2 text-xs">{r.reminded ? 'Sent' : `Due ${formatDay(r.remindOn)}`}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
