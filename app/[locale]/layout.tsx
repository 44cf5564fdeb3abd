import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { SiteShell } from '@/components/layout/site-shell';
import { routing, isLocale } from '@/lib/i18n/routing';
import { siteMetadata } from '@/lib/site-metadata';
import { signOutAction } from './(auth)/actions';
import '../globals.css';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  return siteMetadata(isLocale(locale) ? locale : 'en');
}

export const viewport: Viewport = { themeColor: '#047857', width: 'device-width', initialScale: 1 };

// One static shell per language, so catalog pages can be served from cache (app/[locale]/cached);
// the visitor's own parts of the header are a client island. Pages that render per request (and
// carry the CSP nonce) say so in their own layouts: (auth), (shop), account, admin. See SECURITY.md,
// "Cached pages". The language is the first segment of every internal address: next.config.mjs
// rewrites English addresses (which have none) to /en/… and serves Nepali ones as they are (/ne/…).
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <SiteShell locale={locale} signOutAction={signOutAction}>
      {children}
    </SiteShell>
  );
}
