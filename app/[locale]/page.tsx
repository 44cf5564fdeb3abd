import { connection } from 'next/server';
import { HomeView } from '@/components/catalog/home-view';
import { CATALOG_MESSAGES, ClientMessages } from '@/components/layout/client-messages';

// Signed-in shoppers, rendered per request with the CSP nonce; anonymous ones are served the same
// page from app/cached/home (see lib/catalog/cached-routes.ts).
export default async function HomePage() {
  await connection();
  return (
    <ClientMessages paths={CATALOG_MESSAGES}>
      <HomeView />
    </ClientMessages>
  );
}
