import type { Locale } from '@/lib/i18n/locales';
import { localized } from '@/lib/i18n/localized';
import type { CategorySummary, ProductDetail } from './types';

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
