/**
 * A loose romanisation of Devanagari, used as a spelling key: two ways of writing the same
 * loanword in Nepali (long or short vowel, nukta or not, chandrabindu or anusvara, a half letter
 * or a full one) come out the same or a letter apart, so they can be compared with an edit distance.
 * It is not a transliteration standard; it leans towards the English spelling of drug names
 * (फ → f, स/श/ष → s, ज़ → j) because that is what the romanised key is compared or searched with.
 */

const VOWELS: Record<string, string> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऍ': 'e', 'ऑ': 'o', 'ऎ': 'e', 'ऒ': 'o',
};
const VOWEL_SIGNS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॅ': 'e', 'ॉ': 'o', 'ॆ': 'e', 'ॊ': 'o',
};
const CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n',
  'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
  'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n',
  'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
  'प': 'p', 'फ': 'f', 'ब': 'b', 'भ': 'bh', 'म': 'm',
  'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'ळ': 'l',
  'श': 's', 'ष': 's', 'स': 's', 'ह': 'h',
};
const NASALS = new Set(['ं', 'ँ']);
const VIRAMA = '्';
const NUKTA = '़';
const DEVANAGARI = /[\u0900-\u097F]/;
const DEVANAGARI_DIGITS = /[०-९]/g;

export function hasDevanagari(text: string): boolean {
  return DEVANAGARI.test(text);
}

/** `५००` → `500`, so a strength typed in Nepali digits is matched like one typed in ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(DEVANAGARI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

/**
 * `प्यारासिटामोल` → `pyarasitamol`, `सिटामोल` → `sitamol`. Characters outside Devanagari are kept
 * lower-cased; marks without a letter (stray virama, visarga, avagraha) are dropped. A consonant
 * with no vowel sign carries the inherent `a`, except at the end of a word (Nepali drops it there).
 */
export function romanizeDevanagari(word: string): string {
  // NFD splits क़ into क + nukta; the nukta then falls away, so क़/क and ज़/ज are one letter.
  const letters = [...asciiDigits(word).normalize('NFD').replaceAll(NUKTA, '').replace(/[\u200c\u200d]/g, '')];
  let out = '';
  letters.forEach((letter, index) => {
    const consonant = CONSONANTS[letter];
    if (consonant !== undefined) {
      const next = letters[index + 1];
      out += consonant;
      if (next === undefined || next === VIRAMA || VOWEL_SIGNS[next] !== undefined) return;
      if (NASALS.has(next) || CONSONANTS[next] !== undefined) out += 'a';
      return;
    }
    const vowel = VOWELS[letter] ?? VOWEL_SIGNS[letter];
    if (vowel !== undefined) out += vowel;
    else if (NASALS.has(letter)) out += 'n';
    else if (!DEVANAGARI.test(letter)) out += letter.toLowerCase();
  });
  return out;
}
