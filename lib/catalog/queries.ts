import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { db } from '@/db/client';
import { nepalToday, secondsUntilNepalMidnight } from '@/lib/nepal-time';
import { alternativesListTags, cardTags, facetTags, listingTags, popularTags, productPageTags, suggestTags } from './cache-tags';
import { cardsByIds } from './cards';
import { listCategories, listDosageForms } from './categories';
import type { ListingQuery } from './listing-params';
import { savingFor } from './pack-size';
import { popularProductIds } from './popular';
import { findAlternatives, findProductBySlug } from './product';
import { searchProductIds } from './search';
import { suggestProducts } from './suggest';
import type { Alternative, CategorySummary, ProductCard, ProductDetail, SearchResult, Suggestion } from './types';

/**
 * Cached catalog reads for pages and routes. Each entry is tagged (./cache-tags) so a change
 * expires exactly what shows it. Stock depends on the date, so `today` is part of every key
 * that carries stock: a batch expiring at midnight drops out without anyone revalidating.
 * The hour-long `revalidate` is only a safety net for writes that forget to revalidate.
 */
const SAFETY_NET_SECONDS = 3600;

/**
 * For reads that carry stock: the safety net, cut short at Nepal midnight. A cached page takes the
 * shortest `revalidate` of the reads it renders, so the cached catalog pages (app/cached, keyed
 * without the date) are rendered afresh on the new day too.
 */
const untilTomorrow = () => Math.min(SAFETY_NET_SECONDS, secondsUntilNepalMidnight());

/**
 * The cards of one page in one cache entry, tagged with each product on it: a price change
 * refreshes exactly the pages showing that product, for one cache read per page.
 */
function cachedCards(ids: number[], today: string): Promise<ProductCard[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return unstable_cache(() => cardsByIds(db, ids, today), ['catalog:cards', ids.join(','), today], {
    tags: cardTags(ids),
    revalidate: untilTomorrow(),
  })();
}

export async function getListing(query: ListingQuery): Promise<SearchResult> {
  const today = nepalToday();
  const page = await unstable_cache(() => searchProductIds(db, query, today), ['catalog:listing', JSON.stringify(query), today], {
    tags: listingTags(query),
    revalidate: untilTomorrow(),
  })();
  const { ids, ...rest } = page;
  return { ...rest, items: await cachedCards(ids, today) };
}

/** Request-deduplicated so generateMetadata and the page share one read. */
export const getProductPage = cache(async (slug: string): Promise<ProductDetail | null> => {
  const today = nepalToday();
  return unstable_cache(() => findProductBySlug(db, slug, today), ['catalog:product', slug, today], {
    tags: productPageTags(slug),
    revalidate: untilTomorrow(),
  })();
});

export async function getAlternatives(product: ProductDetail): Promise<Alternative[]> {
  const today = nepalToday();
  const { genericName, strength } = product;
  // The group's order is cached by generic+strength; the cards (price, stock) come from their own entries.
  const ids = await unstable_cache(
    async () => (await findAlternatives(db, { id: -1, genericName, strength, pricePaisa: 0, packSize: '' }, today)).map((a) => a.id),
    ['catalog:alternatives', genericName, strength, today],
    { tags: alternativesListTags(genericName, strength), revalidate: untilTomorrow() },
  )();
  const cards = await cachedCards(ids.filter((id) => id !== product.id), today);
  return cards.map((card) => {
    const saving = savingFor(product, card);
    return { ...card, savingPaisa: saving.savingPaisa, savingPerUnit: saving.perUnit };
  });
}

export async function getPopularProducts(): Promise<ProductCard[]> {
  const today = nepalToday();
  const ids = await unstable_cache(() => popularProductIds(db, today), ['catalog:popular', today], { tags: popularTags(), revalidate: untilTomorrow() })();
  return cachedCards(ids, today);
}

export const getCategories = cache(
  (): Promise<CategorySummary[]> => unstable_cache(() => listCategories(db), ['catalog:categories'], { tags: facetTags(), revalidate: SAFETY_NET_SECONDS })(),
);

export const getDosageForms = cache(
  (): Promise<string[]> => unstable_cache(() => listDosageForms(db), ['catalog:dosage-forms'], { tags: facetTags(), revalidate: SAFETY_NET_SECONDS })(),
);

export function getSuggestions(normalizedQuery: string): Promise<Suggestion[]> {
  return unstable_cache(() => suggestProducts(db, normalizedQuery), ['catalog:suggest', normalizedQuery], { tags: suggestTags(), revalidate: SAFETY_NET_SECONDS })();
}
