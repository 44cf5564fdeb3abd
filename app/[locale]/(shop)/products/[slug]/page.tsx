import type { Metadata } from 'next';
import { ProductView } from '@/components/catalog/product-view';
import { PRODUCT_MESSAGES, ClientMessages } from '@/components/layout/client-messages';
import { productMetadata } from '@/lib/catalog/page-metadata';
import { addToCartAction } from '../../cart/actions';

// Signed-in shoppers; anonymous ones are served the same page from app/cached/product.
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata((await params).slug);
}

export default async function ProductPage({ params }: Props) {
  return (
    <ClientMessages paths={PRODUCT_MESSAGES}>
      <ProductView slug={(await params).slug} addToCartAction={addToCartAction} />
    </ClientMessages>
  );
}
