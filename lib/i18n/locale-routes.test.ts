import loadCustomRoutes from 'next/dist/lib/load-custom-routes';
import { normalizeConfig } from 'next/dist/server/config-shared';
import { buildCustomRoute } from 'next/dist/server/lib/router-utils/filesystem';
import { PHASE_PRODUCTION_BUILD } from 'next/dist/shared/lib/constants';
import { prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config.mjs';

const resolvedConfig = await normalizeConfig(PHASE_PRODUCTION_BUILD, nextConfig);
const routes = await loadCustomRoutes(resolvedConfig);
const afterFiles = routes.rewrites.afterFiles.map((route) => buildCustomRoute('rewrite', route, undefined, resolvedConfig.experimental?.caseSensitiveRoutes));

/** Where the rewrites after the files send a path, as Next's router does; null when none applies. */
function internalPath(pathname: string): string | null {
  for (const route of afterFiles) {
    const params = route.match(pathname);
    if (!params) continue;
    return prepareDestination({ appendParamsToQuery: false, destination: route.destination, params, query: {} }).parsedDestination.pathname!;
  }
  return null;
}

describe('English addresses are the pages under /en', () => {
  it('serves every page without a language from its /en route, keeping the whole path', () => {
    expect(internalPath('/')).toBe('/en');
    expect(internalPath('/cart')).toBe('/en/cart');
    expect(internalPath('/products/cetamol-500-mg-tablet')).toBe('/en/products/cetamol-500-mg-tablet');
    expect(internalPath('/account/addresses/3')).toBe('/en/account/addresses/3');
    expect(internalPath('/admin/orders/MN-20261203-ABC/invoice')).toBe('/en/admin/orders/MN-20261203-ABC/invoice');
    // A first segment that only starts like a language is a page.
    expect(internalPath('/nepali-herbs')).toBe('/en/nepali-herbs');
    expect(internalPath('/english')).toBe('/en/english');
  });

  it('leaves Nepali pages, internal /en routes, the API, preview images and Next’s own files alone', () => {
    for (const path of ['/ne', '/ne/cart', '/ne/products/x', '/en', '/en/cached/home/shop', '/api/health', '/api/orders/MN-1', '/og/products/x', '/_next/static/chunks/a.js']) {
      expect(internalPath(path), path).toBeNull();
    }
  });
});
