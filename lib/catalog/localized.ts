import type { Locale } from '@/lib/i18n/locales';
import type { CategorySummary, ProductDetail } from './types';

/** The Nepali text on Nepali pages when there is some, otherwise the English (issue 15). */
export function localized(english: string, nepali: string | null | undefined, locale: Locale): string {
  return locale === 'ne' && nepali && nepali.trim() !== '' ? nepali : english;
}

/** A category as a page in `locale` shows it: name and description in that language. */
export function localizedCategory<C extends CategorySummary>(category: C, locale: Locale): C {
  return { ...category, name: localized(category.name, category.nameNe, locale), description: localized(category.description, category.descriptionNe, locale) };
}

/** A product as a page in `locale` shows it: category name and leaflet in that language. */
export function localizedProduct<P extends ProductDetail>(product: P, locale: Locale): P {
  return {
    ...product,
    categoryName: localized(product.categoryName, product.categoryNameNe, locale),
    description: localized(product.description, product.descriptionNe, locale),
    usage: localized(product.usage, product.usageNe, locale),
    warnings: localized(product.warnings, product.warningsNe, locale),
  };
}
