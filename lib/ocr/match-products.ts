import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { medicineWords } from './hints';

export type MedicineMatch = {
  line: string;
  productId: number;
  brandName: string;
  genericName: string;
  strength: string;
  requiresPrescription: boolean;
  /** 0..1: trigram similarity of the best word, nudged up when the strength also appears. */
  confidence: number;
};

const MIN_SIMILARITY = 0.35;

type Candidate = { id: number; brand_name: string; generic_name: string; strength: string; requires_prescription: boolean; score: number };

/**
 * Matches OCR'd medicine lines to catalog products by pg_trgm similarity on brand and generic
 * names (both GIN-indexed on lower()). Handwriting and OCR slips make exact search useless here.
 */
export async function matchMedicineLines(executor: Database | Transaction, lines: readonly string[]): Promise<MedicineMatch[]> {
  const best = new Map<number, MedicineMatch>();
  for (const line of lines) {
    for (const word of new Set(medicineWords(line))) {
      const rows = (await executor.execute(sql`
        select id, brand_name, generic_name, strength, requires_prescription,
               greatest(similarity(lower(brand_name), ${word}), similarity(lower(generic_name), ${word}))::float8 as score
        from products
        where active and (lower(brand_name) % ${word} or lower(generic_name) % ${word})
        order by score desc, requires_prescription desc, id
        limit 5`)) as unknown as Candidate[];
      // Near-best only: "amoxicillin" should suggest the amoxicillin brands, not every combination with it.
      const bestScore = rows[0]?.score ?? 0;
      for (const row of rows) {
        if (row.score < MIN_SIMILARITY || row.score < bestScore - 0.15) continue;
        const strengthDigits = row.strength.match(/\d+(?:\.\d+)?/)?.[0];
        const strengthSeen = strengthDigits ? new RegExp(`\\b${strengthDigits.replace('.', '\\.')}\\s*(?:mg|mcg|g|ml|%)?`, 'i').test(line) : false;
        const confidence = Math.min(1, Math.round((row.score + (strengthSeen ? 0.1 : 0)) * 100) / 100);
        const previous = best.get(row.id);
        if (!previous || previous.confidence < confidence) {
          best.set(row.id, {
            line,
            productId: row.id,
            brandName: row.brand_name,
            genericName: row.generic_name,
            strength: row.strength,
            requiresPrescription: row.requires_prescription,
            confidence,
          });
        }
      }
    }
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence).slice(0, 12);
}
