import { useLocale, useTranslations } from 'next-intl';
import { PrescriptionBadge } from '@/components/catalog/prescription-badge';
import type { CartLine } from '@/lib/cart/cart-view';
import { packSizeLabel } from '@/lib/catalog/pack-words';
import { formattersFor, type Formatters } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { CartLineControls, type CartLineActions } from './cart-line-controls';

type Translate = ReturnType<typeof useTranslations<'orders.cartLine'>>;

function problemText(line: CartLine, t: Translate, f: Formatters): string | null {
  switch (line.problem) {
    case 'unavailable':
    case 'out_of_stock':
      return t(`problem.${line.problem}`);
    case 'insufficient_stock':
      return t('problem.insufficient_stock', { available: f.count(line.available) });
    case 'over_limit':
      return t('problem.over_limit', { max: f.count(line.maxQuantity) });
    default:
      return null;
  }
}

export function CartLineItem({ line, actions }: { line: CartLine; actions: CartLineActions }) {
  const t = useTranslations('orders.cartLine');
  const locale = useLocale();
  const f = formattersFor(locale);
  const problem = problemText(line, t, f);
  return (
    <li className="flex flex-col gap-3 border-b border-slate-200 py-4 last:border-0 sm:flex-row sm:justify-between" data-testid="cart-line">
      <div className="space-y-1">
        <Link href={`/products/${line.slug}`} className="font-semibold text-slate-900 hover:underline">
          {line.name}
        </Link>
        <p className="text-sm text-slate-600">
          {line.genericName} {line.strength} · {packSizeLabel(line.packSize, locale)}
        </p>
        <p className="text-sm text-slate-700">{t('each', { price: f.paisa(line.unitPricePaisa) })}</p>
        {line.requiresPrescription ? (
          <div className="space-y-1">
            <PrescriptionBadge requiresPrescription />
            <p className="text-xs text-slate-600">{t('prescriptionNote')}</p>
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
          {f.paisa(line.lineTotalPaisa)}
        </p>
        <CartLineControls productId={line.productId} name={line.name} quantity={line.quantity} maxQuantity={line.maxQuantity} actions={actions} />
      </div>
    </li>
  );
}
