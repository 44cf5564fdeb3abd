import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { prefixPattern } from '@/db/like';
import { hasSellableStockSql } from '@/lib/inventory/stock-state';
import { cardsByIds } from './cards';
import { PAGE_SIZE, type ListingQuery } from './listing-params';
import type { Candidate } from './correction-safety';
import { correctWords } from './spelling';
import { normalizeSearchText, prefixTsQuery, strengthPattern } from './search-text';
import type { SearchChoice, SearchPage, SearchResult } from './types';

/**
 * The catalog search. Full-text first (prefix matching over brand A, generic B, manufacturer and
 * category keywords C; numbers matched against the strength). Only when that finds nothing are
 * the words corrected against the vocabulary of search terms (trigram similarity on a small
 * table) and searched again, so the page can say what it searched for instead. A correction that
 * could change the active ingredient is never made silently: the page asks "Did you mean …?".
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

function textSql(tsQuery: SQL | null, strengths: string[]): SQL {
  const parts: SQL[] = strengths.map((s) => sql`p.strength ~ ${strengthPattern(s)}`);
  if (tsQuery) parts.push(sql`p.search_vector @@ ${tsQuery}`);
  return parts.length > 0 ? sql.join(parts, sql` and `) : sql`true`;
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

/**
 * Exact brand, then brand prefix, then exact generic, then generic prefix, then the rest (matched
 * through manufacturer or category words). Plain string tiers rather than ts_rank: a common
 * generic matches thousands of rows at catalog scale, and ranking each one cost more than the scan.
 */
function relevanceSql(text: string): SQL {
  return sql`(case when lower(p.brand_name) = ${text} then 0
      when lower(p.brand_name) like ${prefixPattern(text)} then 1
      when lower(p.generic_name) = ${text} then 2
      when lower(p.generic_name) like ${prefixPattern(text)} then 3 else 4 end) asc`;
}

type IdRow = { id: number; total: number };

async function pageOfIds(db: Database, where: SQL, order: SQL, page: number): Promise<IdRow[]> {
  const rows = (await db.execute(sql`select p.id, count(*) over ()::int as total
    from products p join categories c on c.id = p.category_id
    where ${where}
    order by ${order}
    limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}`)) as unknown as IdRow[];
  if (rows.length > 0 || page === 1) return rows;
  // Past the last page the window count is lost with the rows; the total is still worth showing.
  const [count] = (await db.execute(sql`select count(*)::int as total from products p join categories c on c.id = p.category_id where ${where}`)) as unknown as { total: number }[];
  return count && count.total > 0 ? [{ id: -1, total: count.total }] : [];
}

function result(rows: IdRow[], page: number, mode: SearchPage['mode'], correctedTo?: string): SearchPage {
  const total = rows[0]?.total ?? 0;
  const ids = rows.map((r) => r.id).filter((id) => id > 0);
  return { ids, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), mode, ...(correctedTo ? { correctedTo } : {}) };
}

function choicesFor(choices: Candidate[], position: number, terms: string[], strengths: string[]): SearchChoice[] {
  return choices.map((choice) => {
    const single = choice.ingredients.length === 1 ? choice.ingredients[0]! : null;
    const generic = choice.aliasOf?.toLowerCase() ?? (single && single !== choice.term ? single : null);
    const words = terms.map((term, index) => (index === position ? choice.term : term));
    return { term: choice.term, generic, q: [...words, ...strengths].join(' ') };
  });
}

/** The uncached search with its cards; the pages use the cached pieces in ./queries. */
export async function searchProducts(db: Database, query: ListingQuery, today: string): Promise<SearchResult> {
  const { ids, ...page } = await searchProductIds(db, query, today);
  return { ...page, items: await cardsByIds(db, ids, today) };
}

/** One page of matching product ids, in order, with the total and how they were found. */
export async function searchProductIds(db: Database, query: ListingQuery, today: string): Promise<SearchPage> {
  const filters = filtersSql(query, today);
  const { words, strengths } = normalizeSearchText(query.q);

  if (words.length === 0 && strengths.length === 0) {
    const rows = await pageOfIds(db, filters, orderSql(query, sql`lower(p.brand_name) asc`), query.page);
    return result(rows, query.page, 'browse');
  }

  const run = (terms: string[], tsQuery: SQL | null) =>
    pageOfIds(db, sql`${filters} and ${textSql(tsQuery, strengths)}`, orderSql(query, relevanceSql(terms.join(' '))), query.page);

  const prefixQuery = words.length > 0 ? sql`to_tsquery('simple', ${prefixTsQuery(words)})` : null;
  const fullText = await run(words, prefixQuery);
  if (fullText.length > 0 || words.length === 0) return result(fullText, query.page, 'full_text');

  const correction = await correctWords(db, words);
  if (correction.kind === 'none') return result([], query.page, 'typo');
  if (correction.kind === 'ask') return { ...result([], query.page, 'typo'), choices: choicesFor(correction.choices, correction.position, correction.terms, strengths) };
  const { searchWords } = correction;
  if (searchWords.join(' ') === words.join(' ')) return result([], query.page, 'typo');
  // Corrected words are whole terms from the vocabulary: match them exactly, not as prefixes.
  const typo = await run(searchWords, sql`to_tsquery('simple', ${searchWords.join(' & ')})`);
  return result(typo, query.page, 'typo', [...searchWords, ...strengths].join(' '));
}
