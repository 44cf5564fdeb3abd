import { z } from 'zod';
import { paisaToWholeRupees, wholeRupeesToPaisa } from '@/lib/money';
import { normalizeSearchText } from './search-text';

/**
 * The /products URL is the whole state of a listing, so a link reproduces it. Anything a shopper
 * (or a bot) puts in it is parsed here; a bad value is dropped with a note, never an error page.
 */

export const PAGE_SIZE = 24;
/** Deep pages cost a full scan; nobody pages past this, and bots get an empty page. */
export const MAX_PAGE = 400;
export const SORTS = ['relevance', 'price-asc', 'price-desc', 'name'] as const;
export type Sort = (typeof SORTS)[number];
export type PrescriptionFilter = 'rx' | 'otc';

export type ListingQuery = {
  q: string;
  category?: string;
  prescription?: PrescriptionFilter;
  dosageForm?: string;
  inStockOnly: boolean;
  minPricePaisa?: number;
  maxPricePaisa?: number;
  sort: Sort;
  page: number;
};

export type ParsedListing = { query: ListingQuery; notices: string[] };

type RawParams = Record<string, string | string[] | undefined>;

const slug = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const dosageForm = z.string().trim().regex(/^[A-Za-z][A-Za-z -]{0,39}$/);
const rupees = z.string().trim().regex(/^\d{1,7}$/).transform(Number);
const page = z.string().trim().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1));

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === '' ? undefined : v;
}

export function parseListingParams(params: RawParams): ParsedListing {
  const notices: string[] = [];
  const search = normalizeSearchText(first(params.q));
  if (search.truncated) notices.push('Your search was very long, so we used only its beginning.');

  const read = <T>(name: string, schema: z.ZodType<T>, what: string): T | undefined => {
    const raw = first(params[name]);
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) notices.push(`We ignored an invalid ${what}.`);
    return parsed.success ? parsed.data : undefined;
  };

  const rx = read('rx', z.enum(['rx', 'otc']), 'prescription filter');
  let min = read('min', rupees, 'minimum price');
  let max = read('max', rupees, 'maximum price');
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  let sort = read('sort', z.enum(SORTS), 'sort order') ?? 'relevance';
  if (sort === 'relevance' && search.normalized === '') sort = 'name';
  let pageNumber = read('page', page, 'page number') ?? 1;
  if (pageNumber > MAX_PAGE) {
    notices.push(`We show at most ${MAX_PAGE} pages of results.`);
    pageNumber = MAX_PAGE;
  }

  return {
    query: {
      q: search.normalized,
      category: read('category', slug, 'category'),
      prescription: rx,
      dosageForm: read('form', dosageForm, 'dosage form'),
      inStockOnly: first(params.stock) === '1',
      minPricePaisa: min === undefined ? undefined : wholeRupeesToPaisa(min),
      maxPricePaisa: max === undefined ? undefined : wholeRupeesToPaisa(max),
      sort,
      page: pageNumber,
    },
    notices,
  };
}

/** The URL for a listing; unset and default values are left out so links stay short. */
export function listingHref(query: Partial<ListingQuery>, overrides: Partial<ListingQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.category) params.set('category', merged.category);
  if (merged.prescription) params.set('rx', merged.prescription);
  if (merged.dosageForm) params.set('form', merged.dosageForm);
  if (merged.inStockOnly) params.set('stock', '1');
  if (merged.minPricePaisa !== undefined) params.set('min', String(paisaToWholeRupees(merged.minPricePaisa)));
  if (merged.maxPricePaisa !== undefined) params.set('max', String(paisaToWholeRupees(merged.maxPricePaisa)));
  const defaultSort = merged.q ? 'relevance' : 'name';
  if (merged.sort && merged.sort !== defaultSort) params.set('sort', merged.sort);
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  const text = params.toString();
  return text ? `/products?${text}` : '/products';
}
