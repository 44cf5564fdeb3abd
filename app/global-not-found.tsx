import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { SiteShell } from '@/components/layout/site-shell';
import { siteMetadata } from '@/lib/site-metadata';
import { signOutAction } from './[locale]/(auth)/actions';
import './globals.css';

// In the language of the address (/ne/… is Nepali): proxy.ts names it, as there is no [locale] segment here.
export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common.notFound')]);
  return { ...siteMetadata(locale), title: t('title') };
}

// An address no route matches. Rendered per request so it carries the CSP nonce proxy.ts issued
// for it (a prerendered page would have none, and its scripts would be refused).
export default async function GlobalNotFound() {
  await connection();
  return (
    <SiteShell locale={await getLocale()} signOutAction={signOutAction}>
      <NotFoundMessage />
    </SiteShell>
  );
}
