import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { Providers } from '@/components/providers';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { env } from '@/lib/env';
import { signOutAction } from './(auth)/actions';
import './globals.css';

export function generateMetadata(): Metadata {
  return {
    // Relative canonical and Open Graph URLs resolve against the public address, not localhost.
    metadataBase: new URL(env.APP_URL),
    ...siteMetadata,
  };
}

const siteMetadata: Metadata = {
  title: { default: 'MediNest — online pharmacy for Nepal', template: '%s · MediNest' },
  description: 'Genuine medicines delivered across Nepal. Upload your prescription, pay with eSewa or cash on delivery.',
  applicationName: 'MediNest',
  icons: { icon: '/icon.svg' },
};

export const viewport: Viewport = { themeColor: '#047857', width: 'device-width', initialScale: 1 };

// Every page renders per request: the CSP nonce proxy.ts issues must reach Next's script tags,
// and a page prerendered at build time would carry none (and would query the database at build).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <Providers>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
            Skip to content
          </a>
          <SiteHeader signOutAction={signOutAction} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
