import { antibiotics } from './catalog/antibiotics';
import { asthmaAndBreathing } from './catalog/asthma-and-breathing';
import { babyCare } from './catalog/baby-care';
import { coldAndAllergy } from './catalog/cold-and-allergy';
import { devices } from './catalog/devices';
import { diabetes } from './catalog/diabetes';
import { eyeAndEar } from './catalog/eye-and-ear';
import { firstAid } from './catalog/first-aid';
import { heartAndBloodPressure } from './catalog/heart-and-blood-pressure';
import { painAndFever } from './catalog/pain-and-fever';
import { skinCare } from './catalog/skin-care';
import { stomachCare } from './catalog/stomach-care';
import type { CategoryCatalog, DosageForm, Monograph, SeedCategory } from './catalog/types';
import { vitaminsAndSupplements } from './catalog/vitamins-and-supplements';
import { womensHealth } from './catalog/womens-health';
import { toSlug } from './slug';

export type { SeedCategory } from './catalog/types';

/** One catalog row ready to insert, with its category named by slug. */
export type SeedProduct = {
  slug: string;
  brandName: string;
  genericName: string;
  strength: string;
  dosageForm: DosageForm;
  packSize: string;
  manufacturer: string;
  categorySlug: string;
  pricePaisa: number;
  mrpPaisa: number;
  requiresPrescription: boolean;
  description: string;
  usage: string;
  warnings: string;
  descriptionNe: string;
  usageNe: string;
  warningsNe: string;
  searchKeywords: string;
  reorderLevel: number;
  maxPerOrder: number;
  /** The first brand of each monograph: always stocked, so demos and tests can count on it. */
  staple: boolean;
};

export const CATALOG: readonly CategoryCatalog[] = [
  painAndFever,
  coldAndAllergy,
  antibiotics,
  diabetes,
  heartAndBloodPressure,
  stomachCare,
  vitaminsAndSupplements,
  skinCare,
  babyCare,
  devices,
  firstAid,
  eyeAndEar,
  asthmaAndBreathing,
  womensHealth,
];

/** Categories whose every product must be prescription-only. */
export const RX_ONLY_CATEGORY_SLUGS: readonly string[] = [antibiotics.category.slug, diabetes.category.slug, heartAndBloodPressure.category.slug];

export const CATEGORIES: readonly SeedCategory[] = CATALOG.map((entry) => entry.category);

const PIECE_FORMS: readonly DosageForm[] = ['Tablet', 'Capsule', 'Sachet', 'Lozenge'];

// Loose tablets sell in strips of ten, so they reorder earlier and allow more per order than bottles or devices.
function orderLimits(form: DosageForm, monograph: Monograph): { reorderLevel: number; maxPerOrder: number } {
  const base = form === 'Device' ? { reorderLevel: 3, maxPerOrder: 2 } : PIECE_FORMS.includes(form) ? { reorderLevel: 20, maxPerOrder: 10 } : { reorderLevel: 10, maxPerOrder: 5 };
  return { reorderLevel: monograph.reorderLevel ?? base.reorderLevel, maxPerOrder: monograph.maxPerOrder ?? base.maxPerOrder };
}

function keywordsFor(category: SeedCategory, monograph: Monograph): string {
  const words = `${category.name} ${category.keywords} ${monograph.keywords ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  return [...new Set(words)].join(' ');
}

/** Flattens the hand-written catalog and fails loudly on data that the database or the shop would reject. */
export function buildCatalogProducts(catalog: readonly CategoryCatalog[]): SeedProduct[] {
  const products: SeedProduct[] = [];
  const slugs = new Set<string>();
  for (const { category, monographs } of catalog) {
    for (const monograph of monographs) {
      if (RX_ONLY_CATEGORY_SLUGS.includes(category.slug) && !monograph.rx) {
        throw new Error(`${monograph.generic} in ${category.slug} must be prescription-only`);
      }
      monograph.brands.forEach(([brandName, strength, dosageForm, packSize, manufacturer, pricePaisa, mrpPaisa], index) => {
        if (!Number.isInteger(pricePaisa) || pricePaisa <= 0 || !Number.isInteger(mrpPaisa) || mrpPaisa < pricePaisa) {
          throw new Error(`${brandName} ${strength}: price must be positive integer paisa and not above MRP`);
        }
        let slug = toSlug(`${brandName} ${strength} ${dosageForm}`);
        if (slugs.has(slug)) slug = toSlug(`${slug} ${packSize}`);
        if (slugs.has(slug)) throw new Error(`Duplicate product slug ${slug}`);
        slugs.add(slug);
        products.push({
          slug,
          brandName,
          genericName: monograph.generic,
          strength,
          dosageForm,
          packSize,
          manufacturer,
          categorySlug: category.slug,
          pricePaisa,
          mrpPaisa,
          requiresPrescription: monograph.rx,
          description: monograph.description,
          usage: monograph.usage,
          warnings: monograph.warnings,
          descriptionNe: monograph.descriptionNe,
          usageNe: monograph.usageNe,
          warningsNe: monograph.warningsNe,
          searchKeywords: keywordsFor(category, monograph),
          ...orderLimits(dosageForm, monograph),
          staple: index === 0,
        });
      });
    }
  }
  return products;
}

export const CATALOG_PRODUCTS: readonly SeedProduct[] = buildCatalogProducts(CATALOG);

/** Generic + strength groups with at least two products: the alternatives a shopper is offered. */
export function countAlternativeGroups(products: readonly Pick<SeedProduct, 'genericName' | 'strength'>[]): number {
  const sizes = new Map<string, number>();
  for (const p of products) {
    const key = `${p.genericName.toLowerCase()}|${p.strength.toLowerCase()}`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()].filter((size) => size >= 2).length;
}
