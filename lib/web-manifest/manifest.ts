import type { MetadataRoute } from 'next';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { localizedPath } from '@/lib/i18n/paths';

const BRAND = '#047857';
const SHORTCUT_ICONS = [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }];

/**
 * The installable app in one language: its words from messages/<locale>/common.json (`manifest`),
 * its addresses under the language's prefix. Both languages are one app: the same `id` and the whole
 * shop as scope, since the service worker, cart, kept orders and push subscription are one per
 * origin; installing from a Nepali page only makes it start, and be named, in Nepali.
 */
export function webManifest(locale: Locale): MetadataRoute.Manifest {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'common' });
  const at = (path: string) => localizedPath(path, locale);
  return {
    id: '/',
    name: t('manifest.name'),
    // The brand, as every page writes it in both languages (the home screen shows this).
    short_name: 'MediNest',
    description: t('meta.description'),
    lang: locale,
    dir: 'ltr',
    start_url: at('/'),
    scope: '/',
    display: 'standalone',
    theme_color: BRAND,
    background_color: '#ffffff',
    categories: ['medical', 'health', 'shopping'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: t('manifest.shortcuts.search.name'), short_name: t('manifest.shortcuts.search.shortName'), url: at('/products'), icons: SHORTCUT_ICONS },
      { name: t('manifest.shortcuts.orders.name'), short_name: t('manifest.shortcuts.orders.shortName'), url: at('/orders'), icons: SHORTCUT_ICONS },
      { name: t('manifest.shortcuts.prescription.name'), short_name: t('manifest.shortcuts.prescription.shortName'), url: at('/prescriptions/new'), icons: SHORTCUT_ICONS },
    ],
  };
}
