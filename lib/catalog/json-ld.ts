import { paisaToDecimal } from '@/lib/money';
import type { ProductDetail } from './types';

const AVAILABILITY = { in_stock: 'InStock', low_stock: 'LimitedAvailability', out_of_stock: 'OutOfStock' } as const;

/** schema.org Product data for search engines; prices in rupees as decimal strings, as schema.org expects. */
export function productJsonLd(product: ProductDetail, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: `${product.brandName} ${product.strength}`.trim(),
    description: product.description || `${product.genericName} ${product.strength} ${product.dosageForm}`,
    sku: product.slug,
    category: product.categoryName,
    brand: { '@type': 'Brand', name: product.brandName },
    manufacturer: { '@type': 'Organization', name: product.manufacturer },
    activeIngredient: product.genericName,
    ...(product.imageUrl ? { image: product.imageUrl } : {}),
    // A medicine never sold online is described, but offered to no one (no price in search results).
    ...(product.notSoldOnline
      ? {}
      : {
          offers: {
            '@type': 'Offer',
            url,
            priceCurrency: 'NPR',
            price: paisaToDecimal(product.pricePaisa),
            availability: `https://schema.org/${AVAILABILITY[product.stock.status]}`,
          },
        }),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
