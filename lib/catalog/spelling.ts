import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

/**
 * The closest known search term for each word (the search_terms table, kept by triggers on
 * products), or null when some word is like nothing we sell. A word we know maps to itself.
 */
export async function correctWords(db: Database, words: string[]): Promise<string[] | null> {
  if (words.length === 0) return [];
  const list = sql.join(words.map((w) => sql`${w}`), sql`, `);
  const rows = (await db.execute(sql`select t.position, (
      select s.term from search_terms s
      where s.term % t.word
      order by similarity(s.term, t.word) desc, length(s.term), s.term
      limit 1
    ) as term
    from unnest(array[${list}]::text[]) with ordinality as t(word, position)
    order by t.position`)) as unknown as { position: number; term: string | null }[];
  const terms = rows.map((r) => r.term);
  return terms.every((t): t is string => typeof t === 'string' && /^[\p{L}\p{M}\p{N}]+$/u.test(t)) ? terms : null;
}
