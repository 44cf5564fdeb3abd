import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { type Column, DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterDay, FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { OrderStatusPill, PaymentStatusPill } from '@/components/admin/status-pill';
import { requirePermission } from '@/lib/permissions/guard';
import { ordersHref, parseOrderFilter } from '@/lib/admin/orders/filters';
import { firstValue } from '@/lib/admin/url-filters';
import { listOrdersForStaff } from '@/lib/admin/orders/list';
import { placeName } from '@/lib/geo/nepal';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { ORDER_STATUS_LABELS, PAYMENT_STATUS_LABELS } from '@/lib/orders/status-rules';
import type { OrderStatus, PaymentStatus } from '@/db/schema/orders';

// The filters list the statuses in lib's order, named in the reader's language.
const ORDER_STATUSES = Object.keys(ORDER_STATUS_LABELS) as OrderStatus[];
const PAYMENT_STATUSES = Object.keys(PAYMENT_STATUS_LABELS) as PaymentStatus[];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.orders.list');
  return { title: t('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requirePermission('orders.view');
  const raw = await searchParams;
  const filter = parseOrderFilter(raw);
  const { rows, total, page, pageCount } = await listOrdersForStaff(filter);
  const { page: _page, ...withoutPage } = filter;
  const t = await getTranslations('admin.orders.list');
  const tStatus = await getTranslations('admin.status');
  const tFilters = await getTranslations('admin.filters');
  const locale = await getLocale();
  const f = formattersFor(locale);
  const methodOptions = [['esewa', PAYMENT_METHOD_LABELS.esewa], ['khalti', PAYMENT_METHOD_LABELS.khalti], ['cod', tStatus('method.cod')]] as const;
  const columns: Column[] = [t('columns.order'), t('columns.placed'), t('columns.customer'), t('columns.phone'), t('columns.status'), t('columns.payment'), { label: t('columns.total'), alignRight: true }];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <a href={ordersHref(withoutPage, '/api/admin/exports/orders')} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm" data-testid="export-orders">
          {t('export')}
        </a>
      </div>
      <FilterForm label={t('filterLabel')} submitLabel={tFilters('filter')} clearHref="/admin/orders">
        <FilterSelect label={t('status')} name="status" defaultValue={filter.status ?? ''} anyLabel={tFilters('any')} options={ORDER_STATUSES.map((s) => [s, tStatus(`order.${s}`)] as const)} />
        <FilterSelect label={t('payment')} name="payment" defaultValue={filter.payment ?? ''} anyLabel={tFilters('any')} options={PAYMENT_STATUSES.map((s) => [s, tStatus(`payment.${s}`)] as const)} />
        <FilterSelect label={t('method')} name="method" defaultValue={filter.method ?? ''} anyLabel={tFilters('any')} options={methodOptions} />
        <FilterDay label={tFilters('from')} name="from" typed={firstValue(raw.from)} day={filter.from} />
        <FilterDay label={tFilters('to')} name="to" typed={firstValue(raw.to)} day={filter.to} />
        <FilterText label={t('search')} name="q" defaultValue={filter.q ?? ''} placeholder={t('searchPlaceholder')} />
        {filter.counted ? <input type="hidden" name="counted" value="1" /> : null}
        {filter.attention ? <input type="hidden" name="attention" value="1" /> : null}
        {filter.open ? <input type="hidden" name="open" value="1" /> : null}
      </FilterForm>
      <ResultCount text={t('count', { count: total })} testId="orders-total">
        {filter.counted ? t('counted') : ''}
        {filter.attention ? t('attention') : ''}
        {filter.open ? t('open') : ''}
      </ResultCount>
      <DataTable columns={columns} emptyMessage={rows.length === 0 ? t('empty') : null}>
        {rows.map((o) => (
          <tr key={o.id} className="border-t border-slate-100" data-testid="order-row">
            <td className="px-3 py-2">
              <Link href={`/admin/orders/${o.number}`} className="font-mono text-brand-700 underline">{o.number}</Link>
            </td>
            <td className="whitespace-nowrap px-3 py-2">{f.dateTime(o.createdAt)}</td>
            <td className="px-3 py-2">
              {o.customerName}
              {o.recipientName !== o.customerName ? <span className="text-slate-500"> → {o.recipientName}</span> : null}
              <span className="block text-xs text-slate-500">{placeName(locale, o.district)}</span>
            </td>
            <td className="px-3 py-2">{o.phone}</td>
            <td className="px-3 py-2"><OrderStatusPill status={o.status} /></td>
            <td className="px-3 py-2">
              <PaymentStatusPill status={o.paymentStatus} /> <span className="text-xs text-slate-500">{o.paymentMethod === 'cod' ? t('cod') : PAYMENT_METHOD_LABELS[o.paymentMethod]}</span>
            </td>
            <td className="px-3 py-2 text-right">{f.paisa(o.totalPaisa)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => ordersHref({ ...withoutPage, page: p })} />
    </div>
  );
}
