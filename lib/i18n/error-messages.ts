import { createTranslator } from 'next-intl';
import { formatCount } from '@/lib/money';
import type { Locale } from './locales';
import { isNamespace, messageTemplate, type TemplatePart } from './message-template';
import { MESSAGES } from './messages';
import { translatorFor, type Translate } from './translator';

/**
 * The messages lib code writes for forms (zod schemas in lib/validation, domain errors thrown in
 * lib/auth, lib/orders, lib/patients, ...) stay in English there: the JSON API, the logs and many
 * tests read them, and a schema should not need the request's language. They are translated once,
 * where a server action's answer leaves for the form (lib/auth/action-core.ts), or where a route
 * handler's plain-text answer is the page (a payment return). The notes lib records for people to
 * read (an order's timeline and cancel reason, the stock ledger) are English in the database and
 * are translated the same way where they are shown; a note staff wrote is not in the catalogue.
 *
 * messages/en/errors.json is the catalogue of those English messages exactly as lib writes them,
 * with a {placeholder} for each part that varies; messages/ne/errors.json says the same in Nepali.
 * A message is found by its English text, so nothing in lib needs to know its key. A message not in
 * the catalogue (a page's own, already translated, or a new one nobody added) is shown as it is.
 * A new message in lib: add it to both files; error-messages.test.ts checks each has its Nepali.
 */

type Pattern = { key: string; regex: RegExp; names: string[] };

/**
 * The words a placeholder's English value may be, by group: the catalogue's own (`errors.words`),
 * and the rejection reasons the notifications already word (lower-case, as lib writes them into a
 * sentence). Plain words, with no placeholders of their own, read through a translator like any words.
 */
function wordsOf(locale: Locale) {
  const groups = { ...MESSAGES[locale].errors.words, rejectionReasons: MESSAGES[locale].notifications.rejectionReasons };
  const t = createTranslator({ locale, messages: groups }) as unknown as Translate;
  return Object.fromEntries(Object.entries(groups).map(([group, words]) => [group, Object.fromEntries(Object.keys(words).map((key) => [key, t(`${group}.${key}`)]))])) as typeof groups;
}
const WORDS_IN: Record<Locale, ReturnType<typeof wordsOf>> = { en: wordsOf('en'), ne: wordsOf('ne') };

/**
 * Placeholders whose English value is itself a word with a translation (see wordsOf): a field's
 * label ("Recipient name is required"), a field named mid-sentence ("Enter the brand name"), an
 * order status, why a prescription was not accepted. A word the catalogue lacks leaves the whole
 * message in English rather than half-translated.
 */
const WORD_GROUPS: Readonly<Record<string, keyof ReturnType<typeof wordsOf>>> = {
  label: 'labels',
  what: 'labels',
  field: 'fields',
  from: 'statuses',
  to: 'statuses',
  fromPayment: 'paymentStatuses',
  toPayment: 'paymentStatuses',
  rejection: 'rejectionReasons',
};
// Counts are written in the reader's digits; any other placeholder (a product name, a batch number) stays as written.
const COUNTS = new Set(['min', 'max', 'limit', 'seconds', 'minutes', 'tries', 'available', 'requested', 'alreadyHeld', 'onHand', 'count']);

function templates(tree: Record<string, unknown>, prefix = ''): [string, TemplatePart[]][] {
  return Object.entries(tree).flatMap(([key, value]) => (isNamespace(value) ? templates(value, `${prefix}${key}.`) : [[prefix + key, messageTemplate(value, prefix + key)] as [string, TemplatePart[]]]));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `{label} must be at most {max} characters` → /^(.+?) must be at most (\d+) characters$/ and its placeholder names. */
function patternOf(key: string, english: TemplatePart[]): Pattern {
  const names: string[] = [];
  const source = english.map((part) => {
    if (typeof part === 'string') return escape(part);
    names.push(part.placeholder);
    return COUNTS.has(part.placeholder) ? '(\\d+)' : '(.+?)';
  });
  return { key, regex: new RegExp(`^${source.join('')}$`), names };
}

const { words: _words, ...catalogue } = MESSAGES.en.errors;
const EXACT = new Map<string, string>();
const PATTERNS: Pattern[] = [];
for (const [key, english] of templates(catalogue)) {
  if (english.every((part) => typeof part === 'string')) EXACT.set(english.join(''), key);
  else PATTERNS.push(patternOf(key, english));
}
const WORDS = new Map(Object.entries(WORDS_IN.en).map(([group, entries]) => [group, new Map(Object.entries(entries as Record<string, string>).map(([key, english]) => [english, key]))]));

type Match = { key: string; values: Record<string, string>; spansSentences: boolean };

function matchOne(message: string, t: Translate, locale: Locale): Match | null {
  const exact = EXACT.get(message);
  if (exact) return { key: exact, values: {}, spansSentences: false };
  candidates: for (const { key, regex, names } of PATTERNS) {
    const found = regex.exec(message);
    if (!found) continue;
    const values: Record<string, string> = {};
    let spansSentences = false;
    for (const [i, name] of names.entries()) {
      const raw = found[i + 1]!;
      const group = WORD_GROUPS[name];
      if (group) {
        const word = WORDS.get(group)?.get(raw);
        if (!word) continue candidates;
        values[name] = (WORDS_IN[locale][group] as Record<string, string>)[word]!;
      } else if (COUNTS.has(name)) {
        values[name] = formatCount(Number(raw), locale);
      } else {
        values[name] = raw;
        spansSentences ||= raw.includes('. ');
      }
    }
    return { key, values, spansSentences };
  }
  return null;
}

/**
 * Some errors join one sentence per item (OutOfStockError: "A is out of stock. Only 2 of B are
 * left; ..."), which would otherwise match a single sentence with "A is out of stock. Only 2 of B"
 * as the product. So a whole match whose product spans a sentence break is the last resort, after
 * reading the message as a run of known sentences, the shortest first ("Dr. Reddy ..." is one name).
 */
function translateWith(message: string, t: Translate, locale: Locale): string | null {
  const whole = matchOne(message, t, locale);
  if (whole && !whole.spansSentences) return t(whole.key, whole.values);
  for (let end = message.indexOf('. '); end !== -1; end = message.indexOf('. ', end + 1)) {
    const first = matchOne(message.slice(0, end + 1), t, locale);
    if (!first) continue;
    const rest = translateWith(message.slice(end + 2), t, locale);
    if (rest !== null) return `${t(first.key, first.values)} ${rest}`;
  }
  return whole ? t(whole.key, whole.values) : null;
}

/** A message lib code wrote in English, in `locale`; English, and any message not in the catalogue, come back unchanged. */
export function translateErrorMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  return translateWith(message, translatorOf(locale), locale) ?? message;
}

// One translator per language for the life of the process, so its parsed messages are reused.
const translators = new Map<Locale, Translate>();
function translatorOf(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = translatorFor(locale, 'errors')));
  return t;
}

