import type { StockState } from '@/lib/inventory/stock-state';

/** What a product card shows. Never a whole row: no costs, reorder levels or internal flags. */
export type ProductCard = {
  id: number;
  slug: string;
  brandName: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  packSize: string;
  manufacturer: string;
  categorySlug: string;
  categoryName: string;
  /** The category's Nepali name, or null; pages choose with lib/catalog/localized. */
  categoryNameNe: string | null;
  pricePaisa: number;
  mrpPaisa: number;
  requiresPrescription: boolean;
  imageUrl: string | null;
  stock: StockState;
  /** Why it is never sold online (lib/catalog/not-sold-online.ts), or null. */
  notSoldOnline: string | null;
};

export type ProductDetail = ProductCard & {
  description: string;
  usage: string;
  warnings: string;
  descriptionNe: string | null;
  usageNe: string | null;
  warningsNe: string | null;
  maxPerOrder: number;
  updatedAt: string;
};

export type Alternative = ProductCard & {
  /** How much less the same quantity costs than the product being viewed, in paisa; 0 when it saves nothing. */
  savingPaisa: number;
  /** True when the packs differ and the saving is for the viewed pack's quantity. */
  savingPerUnit: boolean;
};

export type SearchMode = 'browse' | 'full_text' | 'typo';

export type SearchResult = {
  items: ProductCard[];
  total: number;
  page: number;
  pageCount: number;
  mode: SearchMode;
  /** On the typo path: the brand or generic name we think was meant. */
  correctedTo?: string;
  /** "Did you mean …?": when a correction could change the medicine, nothing is searched and these are offered. */
  choices?: SearchChoice[];
};

/** One "Did you mean" choice: the word, the ingredient it stands for when that is another word, and the search to run. */
export type SearchChoice = { term: string; generic: string | null; q: string };

/** A search page before its cards are filled in: what the cached listing entry holds. */
export type SearchPage = Omit<SearchResult, 'items'> & { ids: number[] };

/** `nameNe` and `descriptionNe` are null where no Nepali is written; pages choose with lib/catalog/localized. */
export type CategorySummary = { slug: string; name: string; nameNe: string | null; description: string; descriptionNe: string | null; productCount: number };

export type Suggestion = { name: string; slug: string; generic: string; strength: string };
