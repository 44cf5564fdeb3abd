import loadCustomRoutes from 'next/dist/lib/load-custom-routes';
import { normalizeConfig } from 'next/dist/server/config-shared';
import { buildCustomRoute } from 'next/dist/server/lib/router-utils/filesystem';
import { PHASE_PRODUCTION_BUILD } from 'next/dist/shared/lib/constants';
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { searchParamsToUrlQuery } from 'next/dist/shared/lib/router/utils/querystring';
import { constructRequest } from 'next/dist/experimental/testing/server/utils';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config.mjs';
import { config } from '@/proxy';
import { CACHED_PAGE_CACHE_CONTROL } from '@/lib/security/page-policy.mjs';
import { ANONYMOUS_PAGES, LISTING_PARAMS, MAY_WANT_NEPALI, NOT_ANONYMOUS_PAGE_LOAD, PLAIN_SEARCH, PRODUCT_PAGE_SOURCE, SESSION_COOKIE_NAMES } from './anonymous-pages.mjs';
import { cachedPathFor, CACHED_KEY_HEADER, CACHED_ROUTE_HEADER, cachedRouteFor } from './cached-routes';
import { parseListingParams } from './listing-params';

type Visit = { cookies?: Record<string, string>; headers?: Record<string, string> };

const proxyRuns = (url: string, visit: Visit = {}) => unstable_doesMiddlewareMatch({ config, url, ...visit });

const resolvedConfig = await normalizeConfig(PHASE_PRODUCTION_BUILD, nextConfig);
const routes = await loadCustomRoutes(resolvedConfig);
const caseSensitive = resolvedConfig.experimental?.caseSensitiveRoutes;
const rewrites = routes.rewrites.beforeFiles.map((route) => buildCustomRoute('rewrite', route, undefined, caseSensitive));
const headerRules = routes.headers.map((route) => buildCustomRoute('header', route, undefined, caseSensitive));

/**
 * Where next.config.mjs sends the request (the internal path, decoded), or null when it is not
 * rewritten; and the Cache-Control it adds. The rewrite is resolved as Next's router server does
 * (server/lib/router-utils/resolve-routes.ts: path, then has/missing, whose named groups become
 * parameters); Next's own testing helper drops those parameters.
 */
async function configAnswer(url: string, visit: Visit = {}) {
  const parsed = new URL(url, 'http://shop.test');
  const query = searchParamsToUrlQuery(parsed.searchParams);
  const request = constructRequest({ url: parsed.href, headers: { ...visit.headers }, cookies: visit.cookies });
  const matched = (route: (typeof rewrites)[number] | (typeof headerRules)[number]) => {
    const pathParams = route.match(parsed.pathname);
    const hasParams = pathParams && matchHas(request, query, route.has, route.missing);
    return pathParams && hasParams ? { ...pathParams, ...hasParams } : null;
  };
  let rewrittenTo: string | null = null;
  for (const route of rewrites) {
    const params = matched(route);
    if (!params) continue;
    const { parsedDestination } = prepareDestination({ appendParamsToQuery: true, destination: route.destination, params, query });
    rewrittenTo = decodeURIComponent(parsedDestination.pathname!);
    break;
  }
  let cacheControl: string | null = null;
  for (const rule of headerRules) if (matched(rule)) cacheControl = rule.headers.find((header) => header.key === 'Cache-Control')?.value ?? cacheControl;
  return { rewrittenTo, cacheControl };
}

const publicPath = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://shop.test');
  return { pathname, searchParams };
};

// Addresses the rules must sort: the anonymous fast path, and every way out of it.
const ENGLISH_FAST = [
  '/',
  '/?utm_source=mail',
  '/products',
  '/products?utm_source=mail',
  '/products?q=',
  '/products?q=paracetamol',
  '/products?q=paracetamol+500',
  '/products?q=tiolol&_rsc=abc12',
  `/products?q=${'a'.repeat(40)}`,
  '/products/cetamol-500-mg-tablet',
  '/products/cetamol-500-mg-tablet?_rsc=abc',
  '/products/a',
  `/products/a${'b'.repeat(119)}`,
];
const nepali = (url: string) => (url === '/' || url.startsWith('/?') ? `/ne${url.slice(1)}` : `/ne${url}`);
const FAST = [...ENGLISH_FAST, ...ENGLISH_FAST.map(nepali)];
const THROUGH_PROXY_ENGLISH = [
  '/products?q=Paracetamol',
  '/products?q=paracetamol%20%20500',
  '/products?q=+paracetamol',
  '/products?q=co-amoxiclav',
  '/products?q=%E0%A4%B8%E0%A4%BF%E0%A4%9F%E0%A4%BE%E0%A4%AE%E0%A5%8B%E0%A4%B2',
  `/products?q=${'a'.repeat(41)}`,
  '/products?q=paracetamol&page=2',
  '/products?q=paracetamol&sort=relevance',
  '/products?q=paracetamol&stock=1',
  '/products?category=pain-relief',
  '/products?rx=otc',
  '/products?form=Tablet',
  '/products?min=10',
  '/products?max=10',
  '/products?sort=price-asc',
  '/products?page=2',
  '/products?page=nope',
  '/products/bench-baseline',
  '/products/Cetamol',
  '/products/-cetamol',
  `/products/a${'b'.repeat(120)}`,
  '/products/cetamol/reviews',
  '/products/cetamol%00',
  // Rules match case-sensitively, as the slug and search patterns assume.
  '/PRODUCTS/cetamol-500-mg-tablet',
  '/Products?q=paracetamol',
  '/cached/product/cetamol-500-mg-tablet',
  '/cached/home/shop',
  '/cart',
  '/admin/products',
  '/api/v1/products',
  '/api/visitor',
  '/index',
];
const THROUGH_PROXY = [
  ...THROUGH_PROXY_ENGLISH,
  ...THROUGH_PROXY_ENGLISH.filter((url) => !url.startsWith('/api')).map(nepali),
  // The English spelling of an English page is redirected by the proxy; so is a cached route behind a language.
  '/en',
  '/en/products',
  '/en/products/cetamol-500-mg-tablet',
  '/ne/cached/home/shop',
  '/en/cached/home/shop',
];
/** An English address may be the Nepali page for this visitor: the proxy decides. */
const MAY_WANT_NEPALI_VISITS: Visit[] = [
  { cookies: { NEXT_LOCALE: 'ne' } },
  { headers: { 'accept-language': 'ne' } },
  { headers: { 'accept-language': 'ne-NP,ne;q=0.9' } },
  { headers: { 'accept-language': 'hi-IN, ne;q=0.8' } },
  { headers: { 'accept-language': 'en-US,en;q=0.9,ne;q=0.5' } },
];
const NOT_ANONYMOUS: Visit[] = [
  ...SESSION_COOKIE_NAMES.map((name) => ({ cookies: { [name]: 'x' } })),
  { headers: { 'next-action': 'abc' } },
  { headers: { 'content-type': 'multipart/form-data; boundary=x' } },
  { headers: { 'content-security-policy': "script-src 'nonce-abc'" } },
  { headers: { 'x-nonce': 'abc' } },
];

describe('the anonymous home page, bare listing, plain search and product page skip the proxy, and nothing else does', () => {
  it('an anonymous load of them is rewritten by next.config.mjs, with the cached headers, and not seen by the proxy', async () => {
    for (const url of FAST) {
      expect(proxyRuns(url), url).toBe(false);
      const language = url.startsWith('/ne') ? 'ne' : 'en';
      expect(await configAnswer(url), url).toEqual({ rewrittenTo: expect.stringMatching(new RegExp(`^/${language}/cached/`)), cacheControl: CACHED_PAGE_CACHE_CONTROL });
      // A guest cart is not a session: the page is still the cached one.
      expect(proxyRuns(url, { cookies: { 'medinest-cart': 'x' } }), url).toBe(false);
    }
  });

  it('lands on exactly the route and key the proxy would have chosen', async () => {
    for (const url of FAST) expect((await configAnswer(url)).rewrittenTo, url).toBe(cachedPathFor(publicPath(url)) && decodeURIComponent(cachedPathFor(publicPath(url))!));
  });

  it('a signed-in visitor (either cookie name), a server action, a form post and a nonce header go through the proxy and are not rewritten', async () => {
    for (const url of FAST) {
      for (const visit of NOT_ANONYMOUS) {
        expect(proxyRuns(url, visit), `${url} ${JSON.stringify(visit)}`).toBe(true);
        expect(await configAnswer(url, visit), `${url} ${JSON.stringify(visit)}`).toEqual({ rewrittenTo: null, cacheControl: null });
      }
    }
  });

  it('an English page for a visitor who chose Nepali or whose browser asks for it goes through the proxy; an English-only browser or an English choice does not', async () => {
    for (const url of ENGLISH_FAST) {
      for (const visit of MAY_WANT_NEPALI_VISITS) {
        expect(proxyRuns(url, visit), `${url} ${JSON.stringify(visit)}`).toBe(true);
        expect((await configAnswer(url, visit)).rewrittenTo, `${url} ${JSON.stringify(visit)}`).toBeNull();
      }
      for (const visit of [{ cookies: { NEXT_LOCALE: 'en' } }, { headers: { 'accept-language': 'en-GB,en;q=0.9,new;q=0.1' } }]) expect(proxyRuns(url, visit), `${url} ${JSON.stringify(visit)}`).toBe(false);
    }
    // A Nepali address is Nepali whatever the browser says.
    for (const url of ENGLISH_FAST.map(nepali)) expect(proxyRuns(url, { headers: { 'accept-language': 'en' }, cookies: { NEXT_LOCALE: 'en' } }), url).toBe(false);
  });

  it('every other page, a filtered, paged or unnormalised listing, odd product addresses and the internal routes go through the proxy', async () => {
    for (const url of THROUGH_PROXY) {
      expect(proxyRuns(url), url).toBe(true);
      // Nothing the proxy has not named is rewritten.
      expect((await configAnswer(url)).rewrittenTo, url).toBeNull();
    }
    // Static files never did.
    expect(proxyRuns('/_next/static/chunks/a.js')).toBe(false);
    expect(proxyRuns('/icon.svg')).toBe(false);
  });

  it('the proxy still gives an unnormalised search the plain search’s route and key, and next.config.mjs follows its headers', async () => {
    const route = cachedRouteFor(publicPath('/products?q=Paracetamol++500&sort=relevance&page=1'));
    expect(route).toEqual({ route: 'search', key: 'paracetamol 500' });
    const named = { headers: { [CACHED_ROUTE_HEADER]: route!.route, [CACHED_KEY_HEADER]: route!.key } };
    expect((await configAnswer('/products?q=Paracetamol++500&sort=relevance&page=1', named)).rewrittenTo).toBe('/en/cached/search/paracetamol 500');
    expect((await configAnswer('/products?q=paracetamol+500')).rewrittenTo).toBe('/en/cached/search/paracetamol 500');
    expect((await configAnswer('/ne/products?q=Paracetamol++500&sort=relevance&page=1', named)).rewrittenTo).toBe('/ne/cached/search/paracetamol 500');
  });

  it('the proxy’s literal matcher repeats the module’s conditions', () => {
    const entries = config.matcher.slice(1) as { source: string; has: unknown[] }[];
    const hasOf = (source: string) => entries.filter((entry) => entry.source === source).map((entry) => entry.has).sort(byJson);
    const eachOf = (conditions: unknown[]) => conditions.map((condition) => [condition]).sort(byJson);
    const query = (key: string) => ({ type: 'query', key });
    expect(new Set(entries.map((entry) => entry.source))).toEqual(new Set(ANONYMOUS_PAGES.map((page) => page.source)));
    for (const prefix of ['', '/ne']) {
      const language = prefix === '' ? MAY_WANT_NEPALI : [];
      expect(hasOf(prefix + PRODUCT_PAGE_SOURCE)).toEqual(eachOf([...NOT_ANONYMOUS_PAGE_LOAD, ...language]));
      expect(hasOf(prefix || '/')).toEqual(eachOf([...NOT_ANONYMOUS_PAGE_LOAD, ...language]));
      // /products: neither the bare listing nor a plain search, i.e. any other parameter, or a search that is not plain.
      expect(hasOf(`${prefix}/products`)).toEqual(
        eachOf([...NOT_ANONYMOUS_PAGE_LOAD, ...language, ...LISTING_PARAMS.filter((name) => name !== 'q').map(query), { type: 'query', key: 'q', value: `(?!${PLAIN_SEARCH}$).*` }]),
      );
    }
  });

  it('names every parameter a listing reads', () => {
    const read = new Set<string>();
    parseListingParams(new Proxy({}, { get: (_target, name) => (read.add(String(name)), undefined) }));
    expect([...read].sort()).toEqual([...LISTING_PARAMS].sort());
  });
});

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
