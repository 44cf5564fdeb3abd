/** The shop's two languages. */
export type Locale = 'en' | 'ne';

/**
 * The tag every Intl formatter is given. Lakh grouping (1,64,989.51) comes from ICU, never from
 * hand-written grouping: `en-IN` for English, Nepali with Devanagari digits spelled out
 * (`-u-nu-deva`) so the digits do not depend on which default numbering system an ICU carries for `ne`.
 */
export const INTL_LOCALE_TAGS: Record<Locale, string> = { en: 'en-IN', ne: 'ne-NP-u-nu-deva' };
