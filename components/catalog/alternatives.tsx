import Link from 'next/link';
import type { Alternative } from '@/lib/catalog/types';
import { formatPaisa } from '@/lib/money';
import { Price } from './price';
import { StockBadge } from './stock-badge';

/** Same generic and strength from other makers, cheapest first, with what the shopper would save. */
export function Alternatives({ alternatives, genericName, strength, packQuantity }: { alternatives: Alternative[]; genericName: string; strength: string; packQuantity: string }) {
  return (
    <section aria-labelledby="alternatives-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="alternatives-heading" className="text-lg font-semibold">Alternatives</h2>
      <p className="text-sm text-slate-600">
        Other brands of {genericName} {strength}, cheapest first. Same active ingredient and strength; ask your pharmacist or doctor before switching.
      </p>
      {alternatives.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">We do not stock another brand of this medicine yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {alternatives.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <Link href={`/products/${a.slug}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {a.brandName} {a.strength}
                </Link>
                <p className="text-xs text-slate-600">
                  {a.manufacturer} · {a.packSize}
                </p>
                <StockBadge stock={a.stock} />
              </div>
              <div className="text-right">
                <Price pricePaisa={a.pricePaisa} mrpPaisa={a.mrpPaisa} />
                {a.savingPaisa > 0 ? (
                  <p className="text-sm font-semibold text-emerald-800">
                    Save {formatPaisa(a.savingPaisa)}
                    {a.savingPerUnit ? <span className="block text-xs font-normal text-slate-600">for the same {packQuantity}</span> : null}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
