/**
 * When a misspelt word may be corrected without asking. A pharmacy's search must never swap one
 * active ingredient for another: a word is corrected silently only to a term a letter or two
 * away, and only when no other term that close points to a different ingredient. Otherwise the
 * shopper is asked "Did you mean …?" with the choices.
 */

export type Candidate = {
  /** A word of the vocabulary (search_terms). */
  term: string;
  /** Trigram similarity to the typed word, 0..1. */
  similarity: number;
  /** Lower-cased generic names the term points to; empty for words that name none (a maker, a category word). */
  ingredients: string[];
  /** For a brand we do not carry (brand_aliases): its generic, which is what gets searched. */
  aliasOf: string | null;
};

export type WordDecision =
  | { kind: 'correct'; term: string; searchWords: string[] }
  | { kind: 'ask'; choices: Candidate[] }
  | { kind: 'unknown' };

export const MAX_CHOICES = 4;

/** Levenshtein distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** How many letters may differ for a correction without asking: none in very short words. */
export function allowedEdits(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2;
}

function sameIngredient(a: Candidate, b: Candidate): boolean {
  if (a.ingredients.length === 0 || b.ingredients.length === 0) return true;
  return a.ingredients.some((ingredient) => b.ingredients.includes(ingredient));
}

/** The words to search for a candidate: a brand alias is searched as its generic. */
export function searchWordsFor(candidate: Candidate): string[] {
  return candidate.aliasOf ? candidate.aliasOf.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean) : [candidate.term];
}

/** Candidates arrive most similar first. */
export function decideWord(word: string, candidates: Candidate[]): WordDecision {
  if (candidates.length === 0) return { kind: 'unknown' };
  const near = candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate.term) }))
    .filter((c) => c.distance <= allowedEdits(word))
    .sort((a, b) => a.distance - b.distance || b.candidate.similarity - a.candidate.similarity);
  const pick = near[0]?.candidate;
  if (pick && near.every(({ candidate }) => sameIngredient(candidate, pick))) {
    return { kind: 'correct', term: pick.term, searchWords: searchWordsFor(pick) };
  }
  // One choice per ingredient, closest first: the shopper picks the medicine, not the spelling.
  const choices: Candidate[] = [];
  for (const candidate of [...near.map((n) => n.candidate), ...candidates]) {
    if (choices.length >= MAX_CHOICES) break;
    if (!choices.some((c) => c.term === candidate.term || (c.ingredients.length > 0 && sameIngredient(c, candidate)))) choices.push(candidate);
  }
  return { kind: 'ask', choices };
}
