import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { dosageFormLabel, packSizeLabel } from '@/lib/catalog/pack-words';
import type { ProductCard as Card } from '@/lib/catalog/types';
import { Price } from './price';
import { PrescriptionBadge } from './prescription-badge';
import { ProductImage } from './product-image';
import { StockBadge } from './stock-badge';

export function ProductCard({ product, headingLevel = 3 }: { product: Card; headingLevel?: 2 | 3 }) {
  const t = useTranslations('catalog.badge');
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="flex h-full min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <ProductImage imageUrl={product.imageUrl} brandName={product.brandName} dosageForm={product.dosageForm} />
      <Heading className="mt-3 font-semibold leading-snug [overflow-wrap:anywhere]">
        <Link href={`/products/${product.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
          {product.brandName} {product.strength}
        </Link>
      </Heading>
      <p className="text-sm text-slate-700">{product.genericName}</p>
      <p className="text-xs text-slate-600">
        {dosageFormLabel(product.dosageForm, locale)} · {packSizeLabel(product.packSize, locale)} · {product.manufacturer}
      </p>
      <div className="mt-2 flex flex-wrap gap-1">
        <PrescriptionBadge requiresPrescription={product.requiresPrescription} />
        {product.notSoldOnline ? (
          <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800" data-testid="not-sold-online">{t('notSoldOnline')}</span>
        ) : (
          <StockBadge stock={product.stock} />
        )}
      </div>
      <div className="mt-auto pt-3">
        <Price pricePaisa={product.pricePaisa} mrpPaisa={product.mrpPaisa} />
      </div>
    </article>
  );
}

/** `headingLevel` keeps the outline in order: 2 under a page's h1, 3 under a section's h2. */
export function ProductGrid({ products, label, headingLevel = 3 }: { products: Card[]; label: string; headingLevel?: 2 | 3 }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
