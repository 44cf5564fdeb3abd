import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ListingView } from '@/components/catalog/listing-view';
import { searchOfKey } from '@/lib/catalog/cached-routes';
import { listingMetadata } from '@/lib/catalog/page-metadata';

// A plain search (`/products?q=paracetamol 500`, nothing else), served to anonymous shoppers through
// next.config.mjs's rewrite or proxy.ts (never reachable at this address), from Next's full-route
// cache: every price, stock or product change expires it by tag (lib/catalog/cache.ts), and it ends
// at Nepal midnight (lib/catalog/queries.ts); the hour is a safety net. Rendered on first request.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ q: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = searchOfKey((await params).q);
  return q === null ? { title: (await getTranslations('common.notFound'))('title') } : listingMetadata({ q });
}

export default async function CachedSearchPage({ params }: Props) {
  // Only the normalised text: any other spelling would be a second entry for one search.
  const q = searchOfKey((await params).q);
  if (q === null) notFound();
  return <ListingView params={{ q }} />;
}
