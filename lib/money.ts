import { INTL_LOCALE_TAGS, type Locale } from '@/lib/i18n/locales';
/**
 * Money is integer paisa (NPR × 100) everywhere; this file turns it into what a person reads or
 * types and back. Every page, email, invoice and export goes through here, so a locale choice is a
 * change in this file. (eSewa's wire format is protocol, not display: lib/payments/esewa/amount.ts.)
 */

/** The languages an amount can be read in; the same codes next-intl will use for the UI. */
export type MoneyLocale = Locale;

/** Grouping and digits per language come from lib/i18n/locales.ts. */
const LOCALE_TAGS = INTL_LOCALE_TAGS;
const RUPEE_SIGNS: Record<MoneyLocale, string> = { en: 'Rs.', ne: 'रु.' };

const withPaisa = perLocale({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeNumber = perLocale({ maximumFractionDigits: 0 });

function perLocale(options: Intl.NumberFormatOptions): Record<MoneyLocale, Intl.NumberFormat> {
  return {
    en: new Intl.NumberFormat(LOCALE_TAGS.en, options),
    ne: new Intl.NumberFormat(LOCALE_TAGS.ne, options),
  };
}

/** A whole number grouped as money is, for counts shown beside amounts ("1,204 products"). */
export function formatCount(n: number, locale: MoneyLocale = 'en'): string {
  return wholeNumber[locale].format(n);
}

/** `2.35` (`२.३५`): a figure with two decimals, grouped as money is, such as a file's size in MB. */
export function formatTwoDecimals(n: number, locale: MoneyLocale = 'en'): string {
  return withPaisa[locale].format(n);
}

/**
 * `Rs. 1,64,989.51` (`रु. १,६४,९८९.५१` in Nepali); `-Rs. 20.00` below zero. Fractions of a paisa are
 * dropped. With `dropZeroPaisa` a whole-rupee amount reads `Rs. 1,200` (chart axes).
 */
export function formatPaisa(
  paisa: number,
  options: { dropZeroPaisa?: boolean; locale?: MoneyLocale } = {},
): string {
  const locale = options.locale ?? 'en';
  const sign = paisa < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(paisa));
  const cents = abs % 100;
  const amount =
    options.dropZeroPaisa && cents === 0
      ? wholeNumber[locale].format(abs / 100)
      : // A decimal string, not paisa / 100, so ICU formats the exact amount (no binary fraction).
        withPaisa[locale].format(paisaToDecimal(abs) as `${number}`);
  return `${sign}${RUPEE_SIGNS[locale]} ${amount}`;
}

/** Paisa as the plain decimal a form field or a machine reads: 123450 → `1234.50`. */
export function paisaToDecimal(paisa: number): string {
  const sign = paisa < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(paisa));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Paisa as a number of rupees, for spreadsheet cells that are summed (12050 → 120.5). */
export function paisaToRupees(paisa: number): number {
  return paisa / 100;
}

/** True when a typed rupee amount has at most two decimals, i.e. is a whole number of paisa. */
export function isWholePaisa(rupees: number): boolean {
  return Math.abs(rupees * 100 - Math.round(rupees * 100)) < 1e-6;
}

/** Rupees typed in a form (checked with isWholePaisa) to paisa: 120.5 → 12050. */
export function rupeesToPaisa(rupees: number): number {
  return Math.round(rupees * 100);
}

/** Price filters in URLs are whole rupees: paisa → rupees rounded down, and back. */
export function paisaToWholeRupees(paisa: number): number {
  return Math.floor(paisa / 100);
}

export function wholeRupeesToPaisa(rupees: number): number {
  return Math.round(rupees) * 100;
}

/** Whole-percent discount of price against MRP, rounded down so we never overstate it. */
export function discountPercent(pricePaisa: number, mrpPaisa: number): number {
  if (mrpPaisa <= 0 || pricePaisa >= mrpPaisa) return 0;
  return Math.floor(((mrpPaisa - pricePaisa) * 100) / mrpPaisa);
}
