import type { Metadata } from 'next';
import { ListingView } from '@/components/catalog/listing-view';
import { listingMetadata } from '@/lib/catalog/page-metadata';

// Signed-in shoppers and listings with no cache entry (see lib/catalog/cached-routes.ts); anonymous
// ones are served the same page from app/cached/listing.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listingMetadata(await searchParams);
}

export default async function ProductsPage({ searchParams }: Props) {
  return <ListingView params={await searchParams} />;
}
