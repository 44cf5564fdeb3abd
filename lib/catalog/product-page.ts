import 'server-only';
import { z } from 'zod';
import { getProductPage } from './queries';
import type { ProductDetail } from './types';

const slugSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,119}$/);

/** The product for /products/[slug]; null (a 404) for a malformed, unknown or inactive slug. */
export async function findProductForPage(rawSlug: string): Promise<ProductDetail | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawSlug);
  } catch {
    return null;
  }
  const slug = slugSchema.safeParse(decoded);
  return slug.success ? getProductPage(slug.data) : null;
}
