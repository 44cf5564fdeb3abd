import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';

type OrderTotalsFooterProps = {
  order: { subtotalPaisa: number; deliveryFeePaisa: number; totalPaisa: number };
  /** How many columns the labels span: the amounts sit in the table's last column. */
  labelColumns: number;
  totalClassName: string;
};

/** Subtotal, delivery and total rows under an order's medicine table. */
export function OrderTotalsFooter({ order, labelColumns, totalClassName }: OrderTotalsFooterProps) {
  const t = useTranslations('admin.totals');
  const f = formattersFor(useLocale());
  return (
    <tfoot className="text-right">
      <tr><td colSpan={labelColumns} className="pt-2">{t('subtotal')}</td><td className="whitespace-nowrap pt-2">{f.paisa(order.subtotalPaisa)}</td></tr>
      <tr><td colSpan={labelColumns}>{t('delivery')}</td><td className="whitespace-nowrap">{f.paisa(order.deliveryFeePaisa)}</td></tr>
      <tr className={totalClassName}><td colSpan={labelColumns}>{t('total')}</td><td className="whitespace-nowrap">{f.paisa(order.totalPaisa)}</td></tr>
    </tfoot>
  );
}
