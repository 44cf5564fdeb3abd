import { connection } from 'next/server';
import { ClientMessages, SHOP_MESSAGES } from '@/components/layout/client-messages';

// Rendered per request, with the CSP nonce proxy.ts issues: the cart, checkout and orders are
// personal, and the catalog here is what signed-in shoppers see (anonymous ones get app/cached).
export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return <ClientMessages paths={SHOP_MESSAGES}>{children}</ClientMessages>;
}
