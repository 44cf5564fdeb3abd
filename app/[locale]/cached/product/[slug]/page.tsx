import type { Metadata } from 'next';
import { addToCartAction } from '@/app/[locale]/(shop)/cart/actions';
import { ProductView } from '@/components/catalog/product-view';
import { PRODUCT_MESSAGES, ClientMessages } from '@/components/layout/client-messages';
import { productMetadata } from '@/lib/catalog/page-metadata';

// Served to anonymous shoppers through proxy.ts (never reachable at this address), from Next's
// full-route cache: every price, stock or product change expires it by tag (lib/catalog/cache.ts);
// the hour is a safety net. Rendered on first request, not at build (no database then).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata((await params).slug);
}

export default async function CachedProductPage({ params }: Props) {
  return (
    <ClientMessages paths={PRODUCT_MESSAGES}>
      <ProductView slug={(await params).slug} addToCartAction={addToCartAction} />
    </ClientMessages>
  );
}
