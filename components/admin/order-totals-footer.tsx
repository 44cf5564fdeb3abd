import { formatPaisa } from '@/lib/money';

type OrderTotalsFooterProps = {
  order: { subtotalPaisa: number; deliveryFeePaisa: number; totalPaisa: number };
  /** How many columns the labels span: the amounts sit in the table's last column. */
  labelColumns: number;
  totalClassName: string;
};

/** Subtotal, delivery and total rows under an order's medicine table. */
export function OrderTotalsFooter({ order, labelColumns, totalClassName }: OrderTotalsFooterProps) {
  return (
    <tfoot className="text-right">
      <tr><td colSpan={labelColumns} className="pt-2">Subtotal</td><td className="whitespace-nowrap pt-2">{formatPaisa(order.subtotalPaisa)}</td></tr>
      <tr><td colSpan={labelColumns}>Delivery</td><td className="whitespace-nowrap">{formatPaisa(order.deliveryFeePaisa)}</td></tr>
      <tr className={totalClassName}><td colSpan={labelColumns}>Total</td><td className="whitespace-nowrap">{formatPaisa(order.totalPaisa)}</td></tr>
    </tfoot>
  );
}
