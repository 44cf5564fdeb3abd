import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { hasSellableStockSql } from '@/lib/inventory/stock-state';
import { cardsByIds } from './cards';
import { PAGE_SIZE, type ListingQuery } from './listing-params';
import { normalizeSearchText, prefixTsQuery } from './search-text';
import type { SearchPage, SearchResult } from './types';

/**
 * The catalog search. Full-text first (prefix matching over brand A, generic B, manufacturer
 * and category keywords C); only when that finds nothing do we fall back to trigram similarity,
 * so a misspelling still lands on the medicine and the page can say what it searched for.
 */

function filtersSql(query: ListingQuery, today: string): SQL {
  const parts: SQL[] = [sql`p.active`];
  if (query.category) parts.push(sql`c.slug = ${query.category}`);
  if (query.prescription) parts.push(sql`p.requires_prescription = ${query.prescription === 'rx'}`);
  if (query.dosageForm) parts.push(sql`lower(p.dosage_form) = ${query.dosageForm.toLowerCase()}`);
  if (query.minPricePaisa !== undefined) parts.push(sql`p.price_paisa >= ${query.minPricePaisa}`);
  if (query.maxPricePaisa !== undefined) parts.push(sql`p.price_paisa <= ${query.maxPricePaisa}`);
  if (query.inStockOnly) parts.push(hasSellableStockSql(sql`p.id`, today));
  return sql.join(parts, sql` and `);
}

function orderSql(query: ListingQuery, relevance: SQL): SQL {
  switch (query.sort) {
    case 'price-asc':
      return sql`p.price_paisa asc, p.brand_name asc, p.id asc`;
    case 'price-desc':
      return sql`p.price_paisa desc, p.brand_name asc, p.id asc`;
    case 'name':
      return sql`lower(p.brand_name) asc, p.strength asc, p.id asc`;
    default:
      return sql`${relevance}, lower(p.brand_name) asc, p.id asc`;
  }
}

type IdRow = { id: number; total: number; matched: string | null };

async function pageOfIds(db: Database, where: SQL, order: SQL, page: number, matched: SQL = sql`null`): Promise<IdRow[]> {
  const rows = (await db.execute(sql`select p.id, count(*) over ()::int as total, ${matched} as matched
    from products p join categories c on c.id = p.category_id
    where ${where}
    order by ${order}
    limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}`)) as unknown as IdRow[];
  if (rows.length > 0 || page === 1) return rows;
  // Past the last page the window count is lost with the rows; the total is still worth showing.
  const [count] = (await db.execute(sql`select count(*)::int as total from products p join categories c on c.id = p.category_id where ${where}`)) as unknown as { total: number }[];
  return count && count.total > 0 ? [{ id: -1, total: count.total, matched: null }] : [];
}

/** Exact brand, then brand prefix, then exact generic, then the full-text rank. */
function fullTextRelevance(text: string, tsQuery: SQL): SQL {
  return sql`(case when lower(p.brand_name) = ${text} then 0
      when lower(p.brand_name) like ${`${text}%`} then 1
      when lower(p.generic_name) = ${text} then 2
      when lower(p.generic_name) like ${`${text}%`} then 3 else 4 end) asc,
    ts_rank_cd(p.search_vector, ${tsQuery}) desc`;
}

/** Best trigram similarity of the text to the brand or the generic, whole or word by word. */
function typoScore(text: string): SQL {
  return sql`greatest(similarity(lower(p.brand_name), ${text}), similarity(lower(p.generic_name), ${text}),
    word_similarity(${text}, lower(p.brand_name)), word_similarity(${text}, lower(p.generic_name)))`;
}

function typoMatch(text: string): SQL {
  return sql`(lower(p.brand_name) % ${text} or lower(p.generic_name) % ${text}
    or ${text} <% lower(p.brand_name) or ${text} <% lower(p.generic_name))`;
}

/** The name we believe was meant: the brand or generic of the best match, whichever is closer. */
function correctedNameSql(text: string): SQL {
  return sql`case when greatest(similarity(lower(p.brand_name), ${text}), word_similarity(${text}, lower(p.brand_name)))
      >= greatest(similarity(lower(p.generic_name), ${text}), word_similarity(${text}, lower(p.generic_name)))
    then p.brand_name else p.generic_name end`;
}

function result(rows: IdRow[], page: number, mode: SearchPage['mode'], correctedTo?: string): SearchPage {
  const total = rows[0]?.total ?? 0;
  const ids = rows.map((r) => r.id).filter((id) => id > 0);
  return { ids, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), mode, ...(correctedTo ? { correctedTo } : {}) };
}

/** The uncached search with its cards; the pages use the cached pieces in ./queries. */
export async function searchProducts(db: Database, query: ListingQuery, today: string): Promise<SearchResult> {
  const { ids, ...page } = await searchProductIds(db, query, today);
  return { ...page, items: await cardsByIds(db, ids, today) };
}

/** One page of matching product ids, in order, with the total and how they were found. */
export async function searchProductIds(db: Database, query: ListingQuery, today: string): Promise<SearchPage> {
  const filters = filtersSql(query, today);
  const { normalized, tokens } = normalizeSearchText(query.q);

  if (tokens.length === 0) {
    const rows = await pageOfIds(db, filters, orderSql(query, sql`lower(p.brand_name) asc`), query.page);
    return result(rows, query.page, 'browse');
  }

  const tsQuery = sql`to_tsquery('simple', ${prefixTsQuery(tokens)})`;
  const fullText = await pageOfIds(db, sql`${filters} and p.search_vector @@ ${tsQuery}`, orderSql(query, fullTextRelevance(normalized, tsQuery)), query.page);
  if (fullText.length > 0) {
    return result(fullText, query.page, 'full_text');
  }

  const typo = await pageOfIds(db, sql`${filters} and ${typoMatch(normalized)}`, orderSql(query, sql`${typoScore(normalized)} desc`), query.page, correctedNameSql(normalized));
  return result(typo, query.page, 'typo', typo[0]?.matched ?? undefined);
}
