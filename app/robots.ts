import type { MetadataRoute } from 'next';
import { PUBLIC_PRODUCT_IMAGE_PATH } from '@/lib/catalog/public-image';
import { env } from '@/lib/env';

// Per request, so the sitemap address is the running shop's APP_URL, not the one at build time.
export const dynamic = 'force-dynamic';

/**
 * Crawlers may read the catalog and its product pictures (the longer Allow wins over /api/), and
 * the product preview images; the back office, accounts, the API and personal pages stay out.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: ['/', `${PUBLIC_PRODUCT_IMAGE_PATH}/`, '/_next/image', '/og/'],
        disallow: ['/admin', '/account', '/api/', '/cart', '/checkout', '/orders', '/prescriptions', '/cached/'],
      },
    ],
    sitemap: new URL('/sitemap.xml', env.APP_URL).toString(),
  };
}
