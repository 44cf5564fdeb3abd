import type { Metadata } from 'next';
import Link from 'next/link';
import { WriteOffButton } from '@/components/admin/stock-forms';
import { requirePermission } from '@/lib/permissions/guard';
import { batchFilterSchema, listBatches } from '@/lib/admin/stock';
import { formatPaisa } from '@/lib/money';
import { formatDay } from '@/lib/nepal-time';
import { writeOffAction } from '../actions';

export const metadata: Metadata = { title: 'Batches by expiry' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BatchesPage({ searchParams }: Props) {
  await requirePermission('stock.view');
  const raw = await searchParams;
  const filter = batchFilterSchema.parse({ expiring: raw.expiring, expired: raw.expired });
  const rows = await listBatches(filter);
  const value = rows.reduce((sum, r) => sum + r.valuePaisa, 0);
  const units = rows.reduce((sum, r) => sum + r.quantity, 0);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{filter.expired ? 'Expired batches still on the shelf' : `Batches expiring within ${filter.expiring ?? 90} days`}</h1>
      <nav className="flex gap-3 text-sm" aria-label="Expiry windows">
        {[30, 60, 90].map((d) => (
          <Link key={d} href={`/admin/stock/batches?expiring=${d}`} className="text-brand-700 underline">{d} days</Link>
        ))}
        <Link href="/admin/stock/batches?expired=1" className="text-brand-700 underline">Expired</Link>
      </nav>
      <p className="text-sm" data-testid="batches-summary">
        {rows.length} batch{rows.length === 1 ? '' : 'es'}, {units} units, {formatPaisa(value)} at cost
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr><th className="px-3 py-2">Medicine</th><th className="px-3 py-2">Batch</th><th className="px-3 py-2">Expiry</th><th className="px-3 py-2 text-right">Units</th><th className="px-3 py-2 text-right">Value at cost</th><th className="px-3 py-2" /></tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id} className="border-t border-slate-100" data-testid="batch-row">
                <td className="px-3 py-2"><Link href={`/admin/stock/${b.productId}`} className="text-brand-700 underline">{b.brandName}</Link></td>
                <td className="px-3 py-2 font-mono">{b.batchNumber}</td>
                <td className={`px-3 py-2 ${b.expired ? 'text-red-700' : ''}`}>{formatDay(b.expiryDate)}</td>
                <td className="px-3 py-2 text-right">{b.quantity}</td>
                <td className="px-3 py-2 text-right">{formatPaisa(b.valuePaisa)}</td>
                <td className="px-3 py-2">{b.expired ? <WriteOffButton batchId={b.id} subject={`batch ${b.batchNumber} of ${b.brandName}`} action={writeOffAction} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
