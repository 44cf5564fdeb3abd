import type { Metadata, Viewport } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import { siteMetadata } from '@/lib/site-metadata';
import { signOutAction } from './(auth)/actions';
import './globals.css';

export function generateMetadata(): Metadata {
  return siteMetadata();
}

export const viewport: Viewport = { themeColor: '#047857', width: 'device-width', initialScale: 1 };

// Static, so catalog pages can be served from cache (app/cached); the visitor's own parts of the
// header are a client island. Pages that render per request (and carry the CSP nonce) say so in
// their own layouts: app/(auth), app/(shop), account, admin. See SECURITY.md, "Cached pages".
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell locale="en" signOutAction={signOutAction}>{children}</SiteShell>;
}
