import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { Pager } from '@/components/admin/pager';
import { AdjustBatchForm, ReceiveBatchForm, ReorderLevelForm, WriteOffButton } from '@/components/admin/stock-forms';
import { requirePermission } from '@/lib/permissions/guard';
import { can } from '@/lib/permissions/matrix';
import { batchesOf, LEDGER_PAGE_SIZE, movementsOf, productStockHeader } from '@/lib/inventory/ledger';
import { formatPaisa } from '@/lib/money';
import { formatDateTime, formatDay } from '@/lib/nepal-time';
import { adjustBatchAction, receiveBatchAction, reorderLevelAction, writeOffAction } from '../actions';

export const metadata: Metadata = { title: 'Stock ledger' };

type Props = { params: Promise<{ productId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const REASON_LABELS: Record<string, string> = {
  receive: 'Received',
  sale: 'Sold',
  cancel_restock: 'Cancelled, restocked',
  expiry_release: 'Unpaid order expired, restocked',
  adjustment: 'Adjustment',
  write_off: 'Written off',
};

export default async function ProductStockPage({ params, searchParams }: Props) {
  const user = await requirePermission('stock.view');
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse((await params).productId);
  const product = id.success ? await productStockHeader(id.data) : null;
  if (!product) notFound();
  const page = z.coerce.number().int().min(1).catch(1).parse((await searchParams).page ?? 1);
  const [batches, ledger] = await Promise.all([batchesOf(product.id), movementsOf(product.id, page)]);
  const manage = can(user.role, 'stock.manage');
  const sellable = batches.filter((b) => !b.expired).reduce((s, b) => s + b.quantity, 0);
  const onHand = batches.reduce((s, b) => s + b.quantity, 0);
  const expiredLeft = batches.some((b) => b.expired && b.quantity > 0);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{product.brandName} <span className="text-base font-normal text-slate-600">{product.strength} · {product.packSize}</span></h1>
        <Link href={`/products/${product.slug}`} className="text-sm text-brand-700 underline">View in shop</Link>
        {can(user.role, 'products.manage') ? <Link href={`/admin/products/${product.id}`} className="text-sm text-brand-700 underline">Edit product</Link> : null}
      </div>
      <p className="text-sm" data-testid="stock-summary">
        <strong data-testid="sellable">{sellable}</strong> sellable · {onHand} on hand · reorder at {product.reorderLevel}
        {!product.active ? ' · inactive in the shop' : ''}
      </p>

      {manage ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <section className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">Receive a batch</h2>
            <ReceiveBatchForm productId={product.id} action={receiveBatchAction} />
          </section>
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">Reorder level</h2>
            <ReorderLevelForm productId={product.id} reorderLevel={product.reorderLevel} action={reorderLevelAction} />
            {expiredLeft ? (
              <div>
                <h2 className="font-semibold">Expired stock</h2>
                <WriteOffButton productId={product.id} subject={`every expired batch of ${product.brandName}`} action={writeOffAction} label="Write off all expired batches" />
              </div>
            ) : null}
          </section>
        </div>
      ) : null}

      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">Batches</h2>
        <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="batches">
          <thead className="text-slate-600">
            <tr><th className="py-1">Batch</th><th>Expiry</th><th className="text-right">On hand</th><th className="text-right">Ledger</th><th className="text-right">Cost</th><th className="pl-4">Adjust</th></tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} className="border-t border-slate-100 align-top" data-testid="batch-row">
                <td className="py-1 font-mono">{b.batchNumber}</td>
                <td className={b.expired ? 'text-red-700' : ''}>{formatDay(b.expiryDate)}{b.expired ? ' (expired)' : ''}</td>
                <td className="text-right">{b.quantity}</td>
                <td className={`text-right ${b.ledgerQuantity !== b.quantity ? 'font-bold text-red-700' : 'text-slate-500'}`}>{b.ledgerQuantity}</td>
                <td className="text-right">{b.costPaisa === null ? '—' : formatPaisa(b.costPaisa)}</td>
                <td className="pl-4">
                  {manage ? <AdjustBatchForm batchId={b.id} action={adjustBatchAction} /> : null}
                  {manage && b.expired && b.quantity > 0 ? <WriteOffButton batchId={b.id} subject={`batch ${b.batchNumber}`} action={writeOffAction} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">Ledger</h2>
        <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="ledger">
          <thead className="text-slate-600">
            <tr><th className="py-1">When</th><th>What</th><th>Batch</th><th className="text-right">Change</th><th className="text-right">Balance</th><th className="pl-3">By / order / note</th></tr>
          </thead>
          <tbody>
            {ledger.rows.map((m) => (
              <tr key={m.id} className="border-t border-slate-100" data-testid="ledger-row" data-reason={m.reason}>
                <td className="whitespace-nowrap py-1">{formatDateTime(m.at)}</td>
                <td>{REASON_LABELS[m.reason] ?? m.reason}</td>
                <td className="font-mono">{m.batchNumber}</td>
                <td className={`text-right ${m.quantityChange < 0 ? 'text-red-700' : 'text-brand-800'}`}>{m.quantityChange > 0 ? `+${m.quantityChange}` : m.quantityChange}</td>
                <td className="text-right">{m.balance}</td>
                <td className="pl-3">
                  {m.actorName ? `${m.actorName} (${m.actorRole})` : 'system'}
                  {m.orderNumber ? <> · <Link href={`/admin/orders/${m.orderNumber}`} className="text-brand-700 underline">{m.orderNumber}</Link></> : null}
                  {m.note ? ` · ${m.note}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <Pager page={page} pageCount={Math.max(1, Math.ceil(ledger.total / LEDGER_PAGE_SIZE))} hrefFor={(p) => `/admin/stock/${product.id}?page=${p}`} />
      </section>
    </div>
  );
}
