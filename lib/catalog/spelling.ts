import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { decideWord, type Candidate } from './correction-safety';

/** What the typed words become on the typo path. */
export type Correction =
  /** Some word is like nothing we sell. */
  | { kind: 'none' }
  /** Safe to search: `terms` as the shopper would read them, `searchWords` what is searched (a brand alias becomes its generic). */
  | { kind: 'corrected'; terms: string[]; searchWords: string[] }
  /** The word at `position` could mean different medicines: ask. `terms` holds the best spelling of every word. */
  | { kind: 'ask'; position: number; choices: Candidate[]; terms: string[] };

const CANDIDATES_PER_WORD = 5;
const TERM = /^[\p{L}\p{M}\p{N}]+$/u;

type Row = { position: number; term: string; similarity: number; alias_of: string | null; ingredients: string[] | null };

/**
 * The closest known search terms for each word (the search_terms table, kept by triggers on
 * products, plus the brand aliases), each with the ingredients it points to: the generics of the
 * products that carry it in their brand or generic name (weights A and B of the search vector).
 */
async function candidates(db: Database, words: string[]): Promise<Candidate[][]> {
  const list = sql.join(words.map((w) => sql`${w}`), sql`, `);
  const rows = (await db.execute(sql`select t.position::int as position, c.term, c.sim::float8 as similarity, a.generic as alias_of,
      case when a.generic is not null then array[lower(a.generic)]
      else array(select distinct lower(p.generic_name) from products p
                 where p.active and p.search_vector @@ to_tsquery('simple', c.term || ':AB') limit 10) end as ingredients
    from unnest(array[${list}]::text[]) with ordinality as t(word, position)
    cross join lateral (
      select s.term, similarity(s.term, t.word) as sim from search_terms s
      where s.term % t.word
      order by similarity(s.term, t.word) desc, length(s.term), s.term
      limit ${CANDIDATES_PER_WORD}
    ) c
    left join brand_aliases a on a.term = c.term
    order by t.position, c.sim desc, length(c.term), c.term`)) as unknown as Row[];
  return words.map((_, index) =>
    rows
      .filter((r) => r.position === index + 1 && TERM.test(r.term))
      .map((r) => ({ term: r.term, similarity: r.similarity, aliasOf: r.alias_of, ingredients: r.ingredients ?? [] })),
  );
}

/** Corrects each word, unless a correction could change the medicine (then the shopper is asked). */
export async function correctWords(db: Database, words: string[]): Promise<Correction> {
  if (words.length === 0) return { kind: 'corrected', terms: [], searchWords: [] };
  const decisions = (await candidates(db, words)).map((found, index) => decideWord(words[index]!, found));
  if (decisions.some((d) => d.kind === 'unknown')) return { kind: 'none' };
  const terms = decisions.map((d, index) => (d.kind === 'correct' ? d.term : (d.kind === 'ask' ? d.choices[0]?.term : undefined) ?? words[index]!));
  const position = decisions.findIndex((d) => d.kind === 'ask');
  const asking = decisions[position];
  if (asking?.kind === 'ask') return { kind: 'ask', position, choices: asking.choices, terms };
  return { kind: 'corrected', terms, searchWords: decisions.flatMap((d) => (d.kind === 'correct' ? d.searchWords : [])) };
}
