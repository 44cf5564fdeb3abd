import 'server-only';
import { parseListingParams, type ListingQuery } from './listing-params';
import { getCategories, getDosageForms, getListing } from './queries';
import type { CategorySummary, SearchResult } from './types';

type RawParams = Record<string, string | string[] | undefined>;

export type ResolvedListing = {
  query: ListingQuery;
  notices: string[];
  category?: CategorySummary;
  categories: CategorySummary[];
  dosageForms: string[];
};

/**
 * Everything the /products page needs from its URL: the parsed query with unknown categories and
 * forms dropped (with a note), the facets, and optionally the results.
 */
export async function resolveListing(params: RawParams, options: { withResults: true }): Promise<ResolvedListing & { result: SearchResult }>;
export async function resolveListing(params: RawParams, options: { withResults: false }): Promise<ResolvedListing>;
export async function resolveListing(params: RawParams, options: { withResults: boolean }): Promise<ResolvedListing & { result?: SearchResult }> {
  const { query, notices } = parseListingParams(params);
  const [categories, dosageForms] = await Promise.all([getCategories(), getDosageForms()]);

  const category = query.category ? categories.find((c) => c.slug === query.category) : undefined;
  if (query.category && !category) {
    notices.push('We could not find that category, so we are showing all categories.');
    query.category = undefined;
  }
  const form = query.dosageForm ? dosageForms.find((f) => f.toLowerCase() === query.dosageForm?.toLowerCase()) : undefined;
  if (query.dosageForm && !form) {
    notices.push('We could not find that dosage form, so we are showing all forms.');
    query.dosageForm = undefined;
  }

  const resolved = { query, notices, category, categories, dosageForms };
  if (!options.withResults) return resolved;
  return { ...resolved, result: await getListing(query) };
}
