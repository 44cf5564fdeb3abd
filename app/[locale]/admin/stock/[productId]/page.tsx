import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Pager } from '@/components/admin/pager';
import { AdjustBatchForm, ReceiveBatchForm, ReorderLevelForm, WriteOffButton } from '@/components/admin/stock-forms';
import { requirePermission } from '@/lib/permissions/guard';
import { can } from '@/lib/permissions/matrix';
import { batchesOf, LEDGER_PAGE_SIZE, movementsOf, productStockHeader } from '@/lib/inventory/ledger';
import { translateErrorMessage } from '@/lib/i18n/error-messages';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Messages } from '@/lib/i18n/messages';
import { adjustBatchAction, receiveBatchAction, reorderLevelAction, writeOffAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.stock.product');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ productId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

type ReasonKey = keyof Messages['admin']['stock']['product']['reasons'];
const REASONS: readonly ReasonKey[] = ['receive', 'sale', 'cancel_restock', 'expiry_release', 'adjustment', 'write_off'];
const isReason = (reason: string): reason is ReasonKey => (REASONS as readonly string[]).includes(reason);

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
  const t = await getTranslations('admin.stock.product');
  const tRoles = await getTranslations('admin.nav.roles');
  const f = formattersFor(await getLocale());
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{product.brandName} <span className="text-base font-normal text-slate-600">{product.strength} · {product.packSize}</span></h1>
        <Link href={`/products/${product.slug}`} className="text-sm text-brand-700 underline">{t('viewInShop')}</Link>
        {can(user.role, 'products.manage') ? <Link href={`/admin/products/${product.id}`} className="text-sm text-brand-700 underline">{t('editProduct')}</Link> : null}
      </div>
      <p className="text-sm" data-testid="stock-summary">
        <strong data-testid="sellable">{f.count(sellable)}</strong>{t('sellable', { onHand: f.count(onHand), reorderLevel: f.count(product.reorderLevel) })}
        {!product.active ? t('inactive') : ''}
      </p>

      {manage ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <section className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">{t('receive')}</h2>
            <ReceiveBatchForm productId={product.id} action={receiveBatchAction} />
          </section>
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{t('reorderLevel')}</h2>
            <ReorderLevelForm productId={product.id} reorderLevel={product.reorderLevel} action={reorderLevelAction} />
            {expiredLeft ? (
              <div>
                <h2 className="font-semibold">{t('expiredStock')}</h2>
                <WriteOffButton productId={product.id} subject={t('everyExpired', { name: product.brandName })} action={writeOffAction} label={t('writeOffAll')} />
              </div>
            ) : null}
          </section>
        </div>
      ) : null}

      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t('batches')}</h2>
        <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="batches">
          <thead className="text-slate-600">
            <tr><th className="py-1">{t('batchColumns.batch')}</th><th>{t('batchColumns.expiry')}</th><th className="text-right">{t('batchColumns.onHand')}</th><th className="text-right">{t('batchColumns.ledger')}</th><th className="text-right">{t('batchColumns.cost')}</th><th className="pl-4">{t('batchColumns.adjust')}</th></tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} className="border-t border-slate-100 align-top" data-testid="batch-row">
                <td className="py-1 font-mono">{b.batchNumber}</td>
                <td className={b.expired ? 'text-red-700' : ''}>{f.day(b.expiryDate)}{b.expired ? t('expiredMark') : ''}</td>
                <td className="text-right">{f.count(b.quantity)}</td>
                <td className={`text-right ${b.ledgerQuantity !== b.quantity ? 'font-bold text-red-700' : 'text-slate-500'}`}>{f.count(b.ledgerQuantity)}</td>
                <td className="text-right">{b.costPaisa === null ? '—' : f.paisa(b.costPaisa)}</td>
                <td className="pl-4">
                  {manage ? <AdjustBatchForm batchId={b.id} action={adjustBatchAction} /> : null}
                  {manage && b.expired && b.quantity > 0 ? <WriteOffButton batchId={b.id} subject={t('batch', { batch: b.batchNumber })} action={writeOffAction} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t('ledger')}</h2>
        <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="ledger">
          <thead className="text-slate-600">
            <tr><th className="py-1">{t('ledgerColumns.when')}</th><th>{t('ledgerColumns.what')}</th><th>{t('ledgerColumns.batch')}</th><th className="text-right">{t('ledgerColumns.change')}</th><th className="text-right">{t('ledgerColumns.balance')}</th><th className="pl-3">{t('ledgerColumns.by')}</th></tr>
          </thead>
          <tbody>
            {ledger.rows.map((m) => (
              <tr key={m.id} className="border-t border-slate-100" data-testid="ledger-row" data-reason={m.reason}>
                <td className="whitespace-nowrap py-1">{f.dateTime(m.at)}</td>
                <td>{isReason(m.reason) ? t(`reasons.${m.reason}`) : m.reason}</td>
                <td className="font-mono">{m.batchNumber}</td>
                <td className={`text-right ${m.quantityChange < 0 ? 'text-red-700' : 'text-brand-800'}`}>{m.quantityChange > 0 ? `+${f.count(m.quantityChange)}` : f.count(m.quantityChange)}</td>
                <td className="text-right">{f.count(m.balance)}</td>
                <td className="pl-3">
                  {m.actorName ? `${m.actorName} (${m.actorRole ? tRoles(m.actorRole) : m.actorRole})` : t('system')}
                  {m.orderNumber ? <> · <Link href={`/admin/orders/${m.orderNumber}`} className="text-brand-700 underline">{m.orderNumber}</Link></> : null}
                  {/* A write-off's note is the shop's own English unless staff wrote one. */}
                  {m.note ? ` · ${translateErrorMessage(m.note, f.locale)}` : ''}
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
