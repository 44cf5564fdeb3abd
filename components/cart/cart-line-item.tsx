import Link from 'next/link';
import { PrescriptionBadge } from '@/components/catalog/prescription-badge';
import type { CartLine } from '@/lib/cart/cart-view';
import { formatPaisa } from '@/lib/money';
import { CartLineControls, type CartLineActions } from './cart-line-controls';

function problemText(line: CartLine): string | null {
  switch (line.problem) {
    case 'unavailable':
      return 'No longer sold. Remove it to continue.';
    case 'out_of_stock':
      return 'Out of stock right now. Remove it to continue.';
    case 'insufficient_stock':
      return `Only ${line.available} left. Lower the quantity to continue.`;
    case 'over_limit':
      return `At most ${line.maxQuantity} per order. Lower the quantity to continue.`;
    default:
      return null;
  }
}

export function CartLineItem({ line, actions }: { line: CartLine; actions: CartLineActions }) {
  const problem = problemText(line);
  return (
    <li className="flex flex-col gap-3 border-b border-slate-200 py-4 last:border-0 sm:flex-row sm:justify-between" data-testid="cart-line">
      <div className="space-y-1">
        <Link href={`/products/${line.slug}`} className="font-semibold text-slate-900 hover:underline">
          {line.name}
        </Link>
        <p className="text-sm text-slate-600">
          {line.genericName} {line.strength} · {line.packSize}
        </p>
        <p className="text-sm text-slate-700">{formatPaisa(line.unitPricePaisa)} each</p>
        {line.requiresPrescription ? (
          <div className="space-y-1">
            <PrescriptionBadge requiresPrescription />
            <p className="text-xs text-slate-600">You will need a valid prescription from a registered doctor; upload it at checkout and a pharmacist checks it before we pack.</p>
          </div>
        ) : null}
        {problem ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col items-start gap-2 sm:items-end">
        <p className="font-semibold" data-testid="line-total">
          {formatPaisa(line.lineTotalPaisa)}
        </p>
        <CartLineControls productId={line.productId} name={line.name} quantity={line.quantity} maxQuantity={line.maxQuantity} actions={actions} />
      </div>
    </li>
  );
}
