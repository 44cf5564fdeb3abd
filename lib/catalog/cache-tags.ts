import { createHash } from 'node:crypto';
import type { ListingQuery } from './listing-params';

/**
 * Every tag a cached catalog read carries, and which tags a change to a product must expire.
 * Kept pure so the mapping can be tested without Next's cache.
 */

/** Every catalog read; `revalidateCatalog()` expires them all. */
export const CATALOG_TAG = 'catalog';
/** Search and listing result pages (the ordered ids, not the cards). */
export const LISTINGS_TAG = 'catalog:listings';
/** Listings whose membership or order depends on price (price sort or price range). */
export const PRICE_LISTINGS_TAG = 'catalog:listings:price';
/** Listings whose membership depends on stock (in-stock filter, the home page's picks). */
export const STOCK_LISTINGS_TAG = 'catalog:listings:stock';
/** Header suggestions; they show names only, so only a change of details expires them. */
export const SUGGEST_TAG = 'catalog:suggest';
/** Categories and dosage forms with their counts. */
export const FACETS_TAG = 'catalog:facets';
/** Every product page; a change of details may move a product between pages (slug, generic). */
export const PRODUCT_PAGES_TAG = 'catalog:product-pages';

export const productTag = (id: number) => `product:${id}`;
export const productSlugTag = (slug: string) => `product-slug:${slug}`;
/** Products with one generic and strength are alternatives to each other; hashed to stay short. */
export const alternativesTag = (genericName: string, strength: string) =>
  `alternatives:${createHash('sha256').update(`${genericName.toLowerCase()}\u0000${strength.toLowerCase()}`).digest('hex').slice(0, 24)}`;

export type ProductChange = 'price' | 'stock' | 'details';
export type ProductRef = { id: number; slug: string; genericName: string; strength: string };

/** A set of cards read together (one listing page, one alternatives list) carries every card's tag. */
export function cardTags(ids: number[]): string[] {
  return [CATALOG_TAG, ...ids.map(productTag)];
}

export function productPageTags(slug: string): string[] {
  return [CATALOG_TAG, PRODUCT_PAGES_TAG, productSlugTag(slug)];
}

export function alternativesListTags(genericName: string, strength: string): string[] {
  return [CATALOG_TAG, PRODUCT_PAGES_TAG, alternativesTag(genericName, strength)];
}

export function listingTags(query: ListingQuery): string[] {
  const tags = [CATALOG_TAG, LISTINGS_TAG];
  if (query.sort === 'price-asc' || query.sort === 'price-desc' || query.minPricePaisa !== undefined || query.maxPricePaisa !== undefined) {
    tags.push(PRICE_LISTINGS_TAG);
  }
  if (query.inStockOnly) tags.push(STOCK_LISTINGS_TAG);
  return tags;
}

export const popularTags = (): string[] => [CATALOG_TAG, LISTINGS_TAG, STOCK_LISTINGS_TAG];
export const suggestTags = (): string[] => [CATALOG_TAG, SUGGEST_TAG];
export const facetTags = (): string[] => [CATALOG_TAG, FACETS_TAG];

/**
 * What a change to one product expires: its card (shown on listings and alternatives), its page,
 * the order of its alternatives group, and only those listings whose membership can move.
 */
export function tagsForProductChange(product: ProductRef, change: ProductChange): string[] {
  const tags = [productTag(product.id), productSlugTag(product.slug), alternativesTag(product.genericName, product.strength)];
  if (change === 'price') tags.push(PRICE_LISTINGS_TAG);
  if (change === 'stock') tags.push(STOCK_LISTINGS_TAG);
  if (change === 'details') tags.push(LISTINGS_TAG, SUGGEST_TAG, FACETS_TAG, PRODUCT_PAGES_TAG);
  return tags;
}
