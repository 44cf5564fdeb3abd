import type { MetadataRoute } from 'next';
import { listingHref } from '@/lib/catalog/listing-params';
import { sitemapEntries } from '@/lib/catalog/sitemap';
import { env } from '@/lib/env';
import { languageAlternates } from '@/lib/i18n/alternates';
import { routing } from '@/lib/i18n/routing';

// Read at request time (the database does not exist while `next build` runs); the list is cached.
export const dynamic = 'force-dynamic';

const INFO_PAGES = ['/delivery', '/returns', '/privacy', '/contact'];

type Page = { path: string; changeFrequency: 'daily' | 'weekly' | 'monthly'; priority: number; lastModified?: Date };

// Every page once per language, each naming its other-language twin (hreflang).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { products, categories } = await sitemapEntries();
  const url = (path: string) => new URL(path, env.APP_URL).toString();
  const pages: Page[] = [
    { path: '/', changeFrequency: 'daily', priority: 1 },
    { path: '/products', changeFrequency: 'daily', priority: 0.8 },
    ...categories.map((slug) => ({ path: listingHref({ category: slug }), changeFrequency: 'weekly' as const, priority: 0.7 })),
    ...products.map((p) => ({ path: `/products/${p.slug}`, lastModified: p.updatedAt, changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...INFO_PAGES.map((path) => ({ path, changeFrequency: 'monthly' as const, priority: 0.3 })),
  ];
  return pages.flatMap(({ path, ...page }) => {
    const addresses = languageAlternates(path);
    const languages = Object.fromEntries(routing.locales.map((locale) => [locale, url(addresses[locale])]));
    return routing.locales.map((locale) => ({ url: url(addresses[locale]), ...page, alternates: { languages } }));
  });
}
