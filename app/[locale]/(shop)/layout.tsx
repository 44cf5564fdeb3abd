import { connection } from 'next/server';

// Rendered per request, with the CSP nonce proxy.ts issues: the cart, checkout and orders are
// personal, and the catalog here is what signed-in shoppers see (anonymous ones get app/cached).
// Its pages read the shell's words from SiteShell; a page whose client parts read more provides
// them itself (components/layout/client-messages.tsx), so no page carries another page's words.
export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return children;
}
