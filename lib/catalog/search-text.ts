/**
 * Turning what a shopper typed into something safe to search with. Only letters, digits and a
 * few joiners survive, so neither SQL nor tsquery syntax can be smuggled in (values are also
 * always bound as parameters).
 */
import { asciiDigits } from './devanagari';
import { catalogWordsFor } from './nepali-words';

/** Longest query we search with; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 100;
const MAX_TOKENS = 6;

export type SearchText = {
  /** Lower-cased, punctuation-free text, e.g. `paracetamol 500mg`. Empty when nothing usable. */
  normalized: string;
  /** Every token, in order. */
  tokens: string[];
  /** Tokens with a letter in them, for the full-text query (units such as `mg` left out); Devanagari words become catalog words (`सिटामोल` → `sitamol`). */
  words: string[];
  /** Numbers (`500`, `2.5`, from `500mg` too), matched against the strength. */
  strengths: string[];
  /** True when the input had to be shortened. */
  truncated: boolean;
};

export function normalizeSearchText(input: string | undefined | null): SearchText {
  const raw = asciiDigits((input ?? '').normalize('NFKC'));
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
  const words: string[] = [];
  const strengths: string[] = [];
  for (const token of normalized.split(' ')) {
    const strength = STRENGTH.exec(token);
    if (strength) strengths.push(strength[1]!);
    else if (!UNITS.has(token)) {
      const word = token.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
      if (word) words.push(...catalogWordsFor(word));
    }
  }
  return { normalized: tokens.length > 0 ? normalized : '', tokens, words: words.slice(0, MAX_TOKENS), strengths: strengths.slice(0, 2), truncated };
}

// Strength is not in the full-text vector, so "paracetamol 500" matches 500 against it instead.
const STRENGTH = /^(\d+(?:\.\d+)?)(?:mg|mcg|g|gm|ml|iu|%)?$/;
const UNITS = new Set(['mg', 'mcg', 'g', 'gm', 'ml', 'iu', 'kg']);

/** A regular expression matching the number as a whole in a strength such as `500 mg + 125 mg`. */
export function strengthPattern(number: string): string {
  return `(^|[^0-9.])${number.replace('.', '\\.')}([^0-9]|$)`;
}

/**
 * A prefix tsquery (`parac:* & 500:*`) for the `simple` configuration. Tokens are already
 * letters and digits only, so they cannot carry tsquery operators.
 */
export function prefixTsQuery(tokens: string[]): string {
  return tokens.map((t) => `${t}:*`).join(' & ');
}
