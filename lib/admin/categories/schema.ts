import { z } from 'zod';

// Messages are English, as lib writes them; messages/*/errors.json (`category`) words them for the page.
// `abort` stops at the first failed check, so an empty box gets one message, not two.
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
// Optional Nepali text: left empty it is stored as null, and pages show the English instead.
const nepali = (max: number, tooLong: string) =>
  z.string().trim().max(max, tooLong).optional().default('').transform((v) => (v === '' ? null : v));

const NAME_LENGTH = 'The category name must be 2 to 80 characters';
const SORT_ORDER = 'Enter the sort order as a whole number from 0 to 999';

export const categoryFieldsSchema = z.object({
  name: z.string({ error: 'Enter the category name' }).trim().min(1, { error: 'Enter the category name', abort: true }).min(2, NAME_LENGTH).max(80, NAME_LENGTH),
  nameNe: nepali(80, 'Keep the Nepali name to 80 characters or fewer'),
  description: z.string().trim().max(500, 'Keep the description to 500 characters or fewer').optional().default(''),
  descriptionNe: nepali(500, 'Keep the Nepali description to 500 characters or fewer'),
  // An empty box is a missing number, not 0 (z.coerce would read '' as 0).
  sortOrder: z.preprocess(blankToUndefined, z.coerce.number({ error: SORT_ORDER }).int({ error: SORT_ORDER, abort: true }).min(0, SORT_ORDER).max(999, SORT_ORDER)),
});
export type CategoryFields = z.output<typeof categoryFieldsSchema>;

// The web address is chosen once: shop links, bookmarks and search engines keep it, so editing leaves it alone.
// The same rules and words as a product's slug; at most 80 characters, as the shop's ?category= accepts.
export const createCategorySchema = categoryFieldsSchema.extend({
  slug: z.string({ error: 'Enter a web address' }).trim().toLowerCase().min(2, { error: 'Enter a web address', abort: true }).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens only'),
});
export type NewCategory = z.output<typeof createCategorySchema>;

export const updateCategorySchema = categoryFieldsSchema.extend({ categoryId: z.coerce.number().int().positive().max(2_147_483_647) });
export type CategoryUpdate = z.output<typeof updateCategorySchema>;
