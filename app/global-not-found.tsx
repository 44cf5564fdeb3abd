import type { Metadata } from 'next';
import { connection } from 'next/server';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { SiteShell } from '@/components/layout/site-shell';
import { siteMetadata } from '@/lib/site-metadata';
import { signOutAction } from './(auth)/actions';
import './globals.css';

export function generateMetadata(): Metadata {
  return { ...siteMetadata(), title: 'Page not found' };
}

// An address no route matches. Rendered per request so it carries the CSP nonce proxy.ts issued
// for it (a prerendered page would have none, and its scripts would be refused).
export default async function GlobalNotFound() {
  await connection();
  return (
    <SiteShell locale="en" signOutAction={signOutAction}>
      <NotFoundMessage />
    </SiteShell>
  );
}
