/**
 * Turning what a shopper typed into something safe to search with. Only letters, digits and a
 * few joiners survive, so neither SQL nor tsquery syntax can be smuggled in (values are also
 * always bound as parameters).
 */

/** Longest query we search with; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 100;
const MAX_TOKENS = 6;

export type SearchText = {
  /** Lower-cased, punctuation-free text, e.g. `paracetamol 500mg`. Empty when nothing usable. */
  normalized: string;
  /** Words for the full-text query. */
  tokens: string[];
  /** True when the input had to be shortened. */
  truncated: boolean;
};

export function normalizeSearchText(input: string | undefined | null): SearchText {
  const raw = (input ?? '').normalize('NFKC');
  const truncated = raw.trim().length > MAX_QUERY_LENGTH;
  const normalized = raw
    .slice(0, MAX_QUERY_LENGTH * 2)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s.+-]/gu, ' ')
    .replace(/[.+-](?=\s|$)|(?<=\s|^)[.+-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  const tokens = normalized
    .split(' ')
    .map((t) => t.replace(/[^\p{L}\p{M}\p{N}]/gu, ''))
    .filter((t) => t.length > 0)
    .slice(0, MAX_TOKENS);
  return { normalized: tokens.length > 0 ? normalized : '', tokens, truncated };
}

/**
 * A prefix tsquery (`parac:* & 500:*`) for the `simple` configuration. Tokens are already
 * letters and digits only, so they cannot carry tsquery operators.
 */
export function prefixTsQuery(tokens: string[]): string {
  return tokens.map((t) => `${t}:*`).join(' & ');
}
