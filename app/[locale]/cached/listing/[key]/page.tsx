import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ListingView } from '@/components/catalog/listing-view';
import { listingParamsOfKey } from '@/lib/catalog/cached-routes';
import { listingMetadata } from '@/lib/catalog/page-metadata';

// Served to anonymous shoppers through proxy.ts (never reachable at this address), from Next's
// full-route cache: every price, stock or product change expires it by tag (lib/catalog/cache.ts);
// the hour is a safety net. Rendered on first request, not at build (no database then).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = listingParamsOfKey((await params).key);
  return listing ? listingMetadata(listing) : { title: (await getTranslations('common.notFound'))('title') };
}

export default async function CachedListingPage({ params }: Props) {
  // Only the proxy's own keys: any other spelling would be a second entry for one listing.
  const listing = listingParamsOfKey((await params).key);
  if (!listing) notFound();
  return <ListingView params={listing} />;
}
