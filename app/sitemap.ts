import type { MetadataRoute } from 'next';
import { listingHref } from '@/lib/catalog/listing-params';
import { sitemapEntries } from '@/lib/catalog/sitemap';
import { env } from '@/lib/env';

// Read at request time (the database does not exist while `next build` runs); the list is cached.
export const dynamic = 'force-dynamic';

const INFO_PAGES = ['/delivery', '/returns', '/privacy', '/contact'];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { products, categories } = await sitemapEntries();
  const url = (path: string) => new URL(path, env.APP_URL).toString();
  return [
    { url: url('/'), changeFrequency: 'daily', priority: 1 },
    { url: url('/products'), changeFrequency: 'daily', priority: 0.8 },
    ...categories.map((slug) => ({ url: url(listingHref({ category: slug })), changeFrequency: 'weekly' as const, priority: 0.7 })),
    ...products.map((p) => ({ url: url(`/products/${p.slug}`), lastModified: p.updatedAt, changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...INFO_PAGES.map((path) => ({ url: url(path), changeFrequency: 'monthly' as const, priority: 0.3 })),
  ];
}
