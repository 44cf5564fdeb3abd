import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { normalizeSearchText, prefixTsQuery } from './search-text';
import type { Suggestion } from './types';

export const MAX_SUGGESTIONS = 8;

type Row = { brand_name: string; slug: string; generic_name: string; strength: string };

const toSuggestion = (r: Row): Suggestion => ({ name: r.brand_name, slug: r.slug, generic: r.generic_name, strength: r.strength });

/**
 * Up to eight products for the search box as the shopper types: prefix full-text first, and
 * trigram similarity when that finds nothing, so `amoxicilin` still suggests Amoxicillin.
 */
export async function suggestProducts(db: Database, input: string): Promise<Suggestion[]> {
  const { normalized, tokens } = normalizeSearchText(input);
  if (normalized.length < 2) return [];

  const tsQuery = sql`to_tsquery('simple', ${prefixTsQuery(tokens)})`;
  const prefix = (await db.execute(sql`select p.brand_name, p.slug, p.generic_name, p.strength
    from products p
    where p.active and p.search_vector @@ ${tsQuery}
    order by (lower(p.brand_name) like ${`${normalized}%`}) desc, ts_rank_cd(p.search_vector, ${tsQuery}) desc, lower(p.brand_name), p.id
    limit ${MAX_SUGGESTIONS}`)) as unknown as Row[];
  if (prefix.length > 0) return prefix.map(toSuggestion);

  const typo = (await db.execute(sql`select p.brand_name, p.slug, p.generic_name, p.strength
    from products p
    where p.active and (lower(p.brand_name) % ${normalized} or lower(p.generic_name) % ${normalized}
      or ${normalized} <% lower(p.brand_name) or ${normalized} <% lower(p.generic_name))
    order by greatest(similarity(lower(p.brand_name), ${normalized}), similarity(lower(p.generic_name), ${normalized}),
      word_similarity(${normalized}, lower(p.brand_name)), word_similarity(${normalized}, lower(p.generic_name))) desc, lower(p.brand_name), p.id
    limit ${MAX_SUGGESTIONS}`)) as unknown as Row[];
  return typo.map(toSuggestion);
}
