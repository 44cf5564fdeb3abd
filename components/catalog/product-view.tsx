import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AddToCart } from '@/components/catalog/add-to-cart';
import { DeliveryEstimate } from '@/components/catalog/delivery-estimate';
import { Alternatives } from '@/components/catalog/alternatives';
import { ProductFacts } from '@/components/catalog/product-facts';
import { Price } from '@/components/catalog/price';
import { PrescriptionBadge } from '@/components/catalog/prescription-badge';
import { ProductImage } from '@/components/catalog/product-image';
import { StockBadge } from '@/components/catalog/stock-badge';
import { productJsonLd, serializeJsonLd } from '@/lib/catalog/json-ld';
import { listingHref } from '@/lib/catalog/listing-params';
import { localizedProduct } from '@/lib/catalog/localized';
import { nepaliGenericName } from '@/lib/catalog/nepali-words';
import { dosageFormLabel, packSizeLabel } from '@/lib/catalog/pack-words';
import { findProductForPage } from '@/lib/catalog/product-page';
import { getAlternatives } from '@/lib/catalog/queries';
import { env } from '@/lib/env';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

type AddToCartAction = React.ComponentProps<typeof AddToCart>['addToCartAction'];

/** A product's page; the route hands in the cart action, so this component needs nothing from app/. */
export async function ProductView({ slug, addToCartAction }: { slug: string; addToCartAction: AddToCartAction }) {
  const [found, locale] = await Promise.all([findProductForPage(slug), getLocale()]);
  if (!found) notFound();
  const product = localizedProduct(found, locale);
  const [alternatives, t] = await Promise.all([getAlternatives(product), getTranslations('catalog.product')]);
  const f = formattersFor(locale);
  const nepaliGeneric = nepaliGenericName(product.genericName);
  const pack = packSizeLabel(product.packSize, locale);
  const jsonLd = productJsonLd(product, new URL(`/products/${product.slug}`, env.APP_URL).toString());

  return (
    <article className="space-y-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <nav aria-label={t('breadcrumb')} className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li><Link href="/products" className="hover:underline">{t('medicines')}</Link> /</li>
          <li><Link href={listingHref({ category: product.categorySlug })} className="hover:underline">{product.categoryName}</Link> /</li>
          <li aria-current="page">{product.brandName}</li>
        </ol>
      </nav>
      <div className="grid gap-6 md:grid-cols-2">
        <ProductImage imageUrl={product.imageUrl} brandName={product.brandName} dosageForm={product.dosageForm} size="lg" />
        <div className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{product.brandName} {product.strength}</h1>
          <p className="text-slate-700">
            {product.genericName} · {dosageFormLabel(product.dosageForm, locale)} · {pack}
          </p>
          {nepaliGeneric ? (
            <p lang="ne" className="text-sm text-slate-600" data-testid="generic-name-nepali">
              {nepaliGeneric}
            </p>
          ) : null}
          <p className="text-sm text-slate-600">{t('by', { manufacturer: product.manufacturer })}</p>
          <div className="flex flex-wrap gap-2">
            <PrescriptionBadge requiresPrescription={product.requiresPrescription} />
            <StockBadge stock={product.stock} />
          </div>
          <Price pricePaisa={product.pricePaisa} mrpPaisa={product.mrpPaisa} size="lg" />
          <p className="text-xs text-slate-600">{t('pricePerPack', { pack, max: f.count(product.maxPerOrder) })}</p>
          {product.notSoldOnline ? null : <DeliveryEstimate />}
          {product.requiresPrescription && !product.notSoldOnline ? (
            <p className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-950">
              {t.rich('prescriptionNeeded', { strong })}
            </p>
          ) : null}
          {product.notSoldOnline ? (
            <div role="note" className="rounded-md border border-slate-300 bg-slate-100 p-3 text-sm text-slate-900" data-testid="not-sold-online">
              {t.rich('notSoldOnline', { strong, reason: product.notSoldOnline })}
            </div>
          ) : (
            <AddToCart slug={product.slug} brandName={product.brandName} stock={product.stock} requiresPrescription={product.requiresPrescription} addToCartAction={addToCartAction} />
          )}
        </div>
      </div>
      <ProductFacts product={product} />
      <Alternatives alternatives={alternatives} genericName={product.genericName} strength={product.strength} packQuantity={pack} />
    </article>
  );
}
