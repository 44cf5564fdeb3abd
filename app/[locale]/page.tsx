import { connection } from 'next/server';
import { HomeView } from '@/components/catalog/home-view';

// Signed-in shoppers, rendered per request with the CSP nonce; anonymous ones are served the same
// page from app/cached/home (see lib/catalog/cached-routes.ts).
export default async function HomePage() {
  await connection();
  // Its client parts read only the shell's words, which SiteShell provides.
  return <HomeView />;
}
