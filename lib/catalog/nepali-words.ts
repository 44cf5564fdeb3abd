import { allowedEdits, decideWord, editDistance, type Candidate } from './correction-safety';
import { hasDevanagari, romanizeDevanagari } from './devanagari';
import { NEPALI_SPELLINGS } from './nepali-spellings';

/**
 * Devanagari search words become catalog words before anything is searched, so `प्यारासिटामोल`
 * searches `paracetamol` and `सिटामोल` searches `sitamol` (a brand alias: paracetamol). Spellings are
 * compared by their romanised keys, exactly first, then a letter or two apart under the same rule
 * as English typos (lib/catalog/correction-safety.ts): never silently towards a different word when
 * two are that close. A word the list does not know is searched romanised, and takes the ordinary
 * spelling-correction path from there.
 */

type Spelling = { key: string; word: string };

const SPELLINGS: readonly Spelling[] = Object.entries(NEPALI_SPELLINGS).flatMap(([word, spellings]) =>
  spellings.map((spelling) => ({ key: romanizeDevanagari(spelling), word })),
);
const BY_KEY = new Map(SPELLINGS.map((s) => [s.key, s.word]));
const CANDIDATES = 5;

/** The catalog words to search for one typed word (letters and digits only, lower case). */
export function catalogWordsFor(word: string): string[] {
  if (!hasDevanagari(word)) return [word];
  const key = romanizeDevanagari(word);
  if (!key) return [];
  const known = BY_KEY.get(key);
  if (known) return [known];
  const near: Candidate[] = SPELLINGS.map((s) => ({ s, distance: editDistance(key, s.key) }))
    .filter(({ distance }) => distance <= allowedEdits(key) + 1)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, CANDIDATES)
    .map(({ s, distance }) => ({ term: s.key, similarity: 1 - distance / Math.max(key.length, s.key.length), ingredients: [s.word], aliasOf: s.word }));
  const decision = decideWord(key, near);
  return decision.kind === 'correct' ? decision.searchWords : [key];
}

// Joining words rendered but never searched: `र` alone is no search word.
const CONNECTORS: Readonly<Record<string, string>> = { and: 'र' };
// Runs of Latin letters are words; everything else (spaces, +, digits, brackets) is kept as written.
const LATIN_RUNS = /[A-Za-z]+|[^A-Za-z]+/g;

function renderWords(text: string): string | null {
  let out = '';
  for (const run of text.match(LATIN_RUNS) ?? []) {
    if (!/[A-Za-z]/.test(run) || run.length === 1) {
      out += run; // separators, strengths, and letters such as the B of "B12" or the C of "Vitamin C"
      continue;
    }
    const spelling = NEPALI_SPELLINGS[run.toLowerCase()]?.[0] ?? CONNECTORS[run.toLowerCase()];
    if (!spelling) return null;
    out += spelling;
  }
  return out;
}

/**
 * The Nepali rendering of a generic name shown under the name as printed on the pack:
 * `Amoxicillin + Clavulanic acid` → `एमोक्सिसिलिन + क्लाभुलानिक एसिड`. A bracketed qualifier the list
 * cannot render ("(sustained release)") is left out; null when any other word is unknown.
 */
export function nepaliGenericName(generic: string): string | null {
  const parts = generic.split(/(\([^()]*\))/);
  let out = '';
  for (const part of parts) {
    const bracketed = part.startsWith('(');
    const rendered = renderWords(part);
    if (rendered === null && !bracketed) return null;
    if (rendered !== null) out += rendered;
  }
  const result = out.replace(/\s+/g, ' ').trim();
  return hasDevanagari(result) ? result : null;
}
