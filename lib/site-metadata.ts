import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { webManifestAddress } from '@/lib/web-manifest/address';

/** The site's default title, description, icon and manifest, for the root layout and the global 404 page. */
export function siteMetadata(locale: Locale = 'en'): Metadata {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'common.meta' });
  return {
    // Relative canonical and Open Graph URLs resolve against the public address, not localhost.
    metadataBase: new URL(env.APP_URL),
    title: { default: t('title'), template: '%s · MediNest' },
    description: t('description'),
    applicationName: 'MediNest',
    icons: { icon: '/icon.svg', apple: '/icons/apple-touch-icon.png' },
    // The installable app in the page's language (app/[locale]/manifest.webmanifest).
    manifest: webManifestAddress(locale),
  };
}
