import { notFound } from 'next/navigation';
import { HomeView } from '@/components/catalog/home-view';
import { isHomeKey } from '@/lib/catalog/cached-routes';

// Served to anonymous shoppers through next.config.mjs's rewrite (never reachable at this address),
// from Next's full-route cache: every price, stock or product change expires it by tag
// (lib/catalog/cache.ts), and it ends at Nepal midnight (lib/catalog/queries.ts); the hour is a
// safety net. Rendered on first request, not at build (no database then).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedHomePage({ params }: { params: Promise<{ key: string }> }) {
  if (!isHomeKey((await params).key)) notFound();
  return <HomeView />;
}
