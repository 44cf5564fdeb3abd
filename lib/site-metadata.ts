import type { Metadata } from 'next';
import { env } from '@/lib/env';

/** The site's default title, description and icon, for the root layout and the global 404 page. */
export function siteMetadata(): Metadata {
  return {
    // Relative canonical and Open Graph URLs resolve against the public address, not localhost.
    metadataBase: new URL(env.APP_URL),
    title: { default: 'MediNest — online pharmacy for Nepal', template: '%s · MediNest' },
    description: 'Genuine medicines delivered across Nepal. Upload your prescription, pay with eSewa, Khalti or cash on delivery.',
    applicationName: 'MediNest',
    icons: { icon: '/icon.svg', apple: '/icons/apple-touch-icon.png' },
  };
}
