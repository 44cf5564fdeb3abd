import { ClientMessages, SHOP_MESSAGES } from '@/components/layout/client-messages';

// The cached catalog pages' client parts (add to cart, alternatives) read the shop's words; static,
// like the pages (the language is the [locale] segment).
export default function CachedLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={SHOP_MESSAGES}>{children}</ClientMessages>;
}
