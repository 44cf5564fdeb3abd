import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { prefixPattern } from '@/db/like';
import { normalizeSearchText, prefixTsQuery } from './search-text';
import { correctWords } from './spelling';
import type { Suggestion } from './types';

export const MAX_SUGGESTIONS = 8;

type Row = { brand_name: string; slug: string; generic_name: string; strength: string };

const toSuggestion = (r: Row): Suggestion => ({ name: r.brand_name, slug: r.slug, generic: r.generic_name, strength: r.strength });

async function matching(db: Database, tsQuery: SQL, text: string): Promise<Row[]> {
  return (await db.execute(sql`select p.brand_name, p.slug, p.generic_name, p.strength
    from products p
    where p.active and p.search_vector @@ ${tsQuery}
    order by (lower(p.brand_name) like ${prefixPattern(text)}) desc, ts_rank(p.search_vector, ${tsQuery}) desc, lower(p.brand_name), p.id
    limit ${MAX_SUGGESTIONS}`)) as unknown as Row[];
}

/**
 * Up to eight products for the search box as the shopper types: prefix full-text first, and the
 * spelling-corrected words when that finds nothing, so `amoxicilin` still suggests Amoxicillin.
 */
export async function suggestProducts(db: Database, input: string): Promise<Suggestion[]> {
  const { normalized, words } = normalizeSearchText(input);
  if (normalized.length < 2 || words.length === 0) return [];

  const prefix = await matching(db, sql`to_tsquery('simple', ${prefixTsQuery(words)})`, words.join(' '));
  if (prefix.length > 0) return prefix.map(toSuggestion);

  // A correction that could change the medicine suggests nothing; the results page asks instead.
  const correction = await correctWords(db, words);
  if (correction.kind !== 'corrected' || correction.searchWords.join(' ') === words.join(' ')) return [];
  const { searchWords } = correction;
  return (await matching(db, sql`to_tsquery('simple', ${searchWords.join(' & ')})`, searchWords.join(' '))).map(toSuggestion);
}
