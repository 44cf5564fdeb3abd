import { describe, expect, it } from 'vitest';
import { generateMetadata } from '@/app/[locale]/layout';
import type { Locale } from '@/lib/i18n/locales';
import { GET, generateStaticParams } from './route';

type Manifest = { id: string; name: string; short_name: string; description: string; lang: string; start_url: string; scope: string; shortcuts: { name: string; short_name: string; url: string }[] };

async function manifestOf(locale: string): Promise<{ response: Response; manifest: Manifest }> {
  const response = await GET(new Request(`https://shop.example/${locale}/manifest.webmanifest`), { params: Promise.resolve({ locale }) });
  // Valid JSON, or this throws.
  return { response, manifest: JSON.parse(await response.clone().text()) as Manifest };
}

describe('the installable app’s manifest in each language', () => {
  it('is written at build for both languages, as a web app manifest', async () => {
    expect(generateStaticParams()).toEqual([{ locale: 'en' }, { locale: 'ne' }]);
    for (const locale of ['en', 'ne']) {
      const { response } = await manifestOf(locale);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/manifest+json');
    }
  });

  it('is the English app, as before, at the English addresses', async () => {
    const { manifest } = await manifestOf('en');
    const shortcutIcons = [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }];
    expect(manifest).toEqual({
      id: '/',
      name: 'MediNest — online pharmacy',
      short_name: 'MediNest',
      description: 'Genuine medicines delivered across Nepal. Upload your prescription, pay with eSewa, Khalti or cash on delivery.',
      lang: 'en',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#047857',
      background_color: '#ffffff',
      categories: ['medical', 'health', 'shopping'],
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      shortcuts: [
        { name: 'Search medicines', short_name: 'Search', url: '/products', icons: shortcutIcons },
        { name: 'My orders', short_name: 'Orders', url: '/orders', icons: shortcutIcons },
        { name: 'Upload a prescription', short_name: 'Prescription', url: '/prescriptions/new', icons: shortcutIcons },
      ],
    });
  });

  it('is the same app in Nepali: Nepali words, starting and every shortcut under /ne', async () => {
    const [{ manifest: en }, { manifest: ne }] = await Promise.all([manifestOf('en'), manifestOf('ne')]);
    expect(ne.lang).toBe('ne');
    expect(ne.start_url).toBe('/ne');
    expect(ne.shortcuts.map((shortcut) => shortcut.url)).toEqual(['/ne/products', '/ne/orders', '/ne/prescriptions/new']);
    for (const words of [ne.name, ne.description, ...ne.shortcuts.flatMap((shortcut) => [shortcut.name, shortcut.short_name])]) expect(words).toMatch(/\p{Script=Devanagari}/u);
    // One installation per device whichever language it was installed from (lib/web-manifest/manifest.ts).
    expect({ id: ne.id, scope: ne.scope, short_name: ne.short_name }).toEqual({ id: en.id, scope: en.scope, short_name: en.short_name });
  });

  it('answers no other language', async () => {
    const response = await GET(new Request('https://shop.example/fr/manifest.webmanifest'), { params: Promise.resolve({ locale: 'fr' }) });
    expect(response.status).toBe(404);
  });
});

describe('which manifest a page links', () => {
  it('links the manifest in the page’s own language', async () => {
    const linked = async (locale: Locale) => (await generateMetadata({ params: Promise.resolve({ locale }) })).manifest;
    expect(await linked('en')).toBe('/manifest.webmanifest');
    expect(await linked('ne')).toBe('/ne/manifest.webmanifest');
  });
});
