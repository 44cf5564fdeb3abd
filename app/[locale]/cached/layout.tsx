import { CATALOG_MESSAGES, ClientMessages } from '@/components/layout/client-messages';

// The cached catalog pages' client parts (the shell, add to cart) read only their own words; static,
// like the pages (the language is the [locale] segment).
export default function CachedLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={CATALOG_MESSAGES}>{children}</ClientMessages>;
}
