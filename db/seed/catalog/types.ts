/**
 * Shapes of the hand-written catalog. Prices are integer paisa written as `125_00` (Rs. 125.00)
 * so the rupee amount stays readable without ever touching floating point.
 */

export type DosageForm =
  | 'Tablet'
  | 'Capsule'
  | 'Syrup'
  | 'Suspension'
  | 'Drops'
  | 'Cream'
  | 'Ointment'
  | 'Gel'
  | 'Lotion'
  | 'Shampoo'
  | 'Solution'
  | 'Spray'
  | 'Inhaler'
  | 'Respules'
  | 'Sachet'
  | 'Injection'
  | 'Lozenge'
  | 'Powder'
  | 'Device'
  | 'Dressing'
  | 'Kit';

export type SeedCategory = {
  slug: string;
  name: string;
  /** The name on Nepali pages. */
  nameNe: string;
  description: string;
  /** The description on Nepali pages. */
  descriptionNe: string;
  /** Words a shopper might type for anything in this category; copied into each product's keywords. */
  keywords: string;
};

/** One brand of a medicine: brand, strength, dosage form, pack size, manufacturer, price, MRP (paisa). */
export type BrandRow = readonly [
  brandName: string,
  strength: string,
  dosageForm: DosageForm,
  packSize: string,
  manufacturer: string,
  pricePaisa: number,
  mrpPaisa: number,
];

/** What every brand of one generic shares: the leaflet text, the Rx status and order limits. */
export type Monograph = {
  generic: string;
  rx: boolean;
  description: string;
  usage: string;
  warnings: string;
  /** The same leaflet in Nepali, medicine names as printed on the pack. */
  descriptionNe: string;
  usageNe: string;
  warningsNe: string;
  keywords?: string;
  maxPerOrder?: number;
  reorderLevel?: number;
  brands: readonly BrandRow[];
};

export type CategoryCatalog = {
  category: SeedCategory;
  monographs: readonly Monograph[];
};
