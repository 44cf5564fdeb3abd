import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

import { setPageLocale } from '@/test-support/root-params-stub';

vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);
// next-intl's Link needs the App Router; a plain anchor shows the same words.
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children }: { href: string; children: ReactNode }) => <a href={href}>{children}</a>,
  getPathname: ({ href }: { href: string }) => href,
}));

const { HomeView } = await import('./home-view');
const { ListingView } = await import('./listing-view');
const { ProductView } = await import('./product-view');
const { SiteFooter } = await import('@/components/layout/site-footer');
const { default: ContactPage } = await import('@/app/[locale]/(info)/contact/page');
const { default: DeliveryPage } = await import('@/app/[locale]/(info)/delivery/page');
const { default: PrivacyPage } = await import('@/app/[locale]/(info)/privacy/page');
const { default: ReturnsPage } = await import('@/app/[locale]/(info)/returns/page');
const { resolveListing } = await import('@/lib/catalog/listing');

async function textOf(locale: Locale, tree: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">
      <QueryClientProvider client={new QueryClient()}>{tree}</QueryClientProvider>
    </NextIntlClientProvider>,
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

async function shopPages(): Promise<ReactNode[]> {
  const rx = (await resolveListing({ q: 'amoxicillin' }, { withResults: true })).result.items[0]!.slug;
  return [
    await HomeView(),
    await ListingView({ params: { q: 'paracetmol' } }),
    await ListingView({ params: { q: 'zzqqxx', page: 'x', stock: '1' } }),
    await ListingView({ params: { page: '2' } }),
    await ListingView({ params: { category: 'pain-and-fever' } }),
    await ProductView({ slug: rx, addToCartAction: async () => ({ ok: true }) }),
    await SiteFooter(),
    await ContactPage(),
    await DeliveryPage(),
    await PrivacyPage(),
    await ReturnsPage(),
  ];
}

// Against the seeded catalog and settings, as the shop shows them.
describe('the shop’s catalog and help pages in two languages', () => {
  let errors: MockInstance;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    errors.mockRestore();
    setPageLocale(undefined);
  });

  it('keeps the English words', async () => {
    setPageLocale('en');
    const text = (await Promise.all((await shopPages()).map((tree) => textOf('en', tree)))).join(' | ');
    for (const words of ['Shop by category', 'No exact matches for “paracetmol”. Showing results for paracetamol .', 'We ignored an invalid page number.', 'Showing 25–48 of', 'Price per pack of', 'Delivery: ', ' in Kathmandu', 'Koshi Province', 'Call 102 for an ambulance.', 'Painkillers and fever reducers for headache']) {
      expect(text).toContain(words);
    }
    expect(errors).not.toHaveBeenCalled();
  });

  it('writes them in Nepali, with no message missing or badly formatted', async () => {
    setPageLocale('ne');
    const text = (await Promise.all((await shopPages()).map((tree) => textOf('ne', tree)))).join(' | ');
    for (const words of ['वर्गअनुसार किन्नुहोस्', '“paracetmol” सँग ठ्याक्कै मिल्ने नतिजा भेटिएन।', 'अमान्य पृष्ठ नम्बर हामीले बेवास्ता गर्\u200dयौं।', 'मध्ये २५–४८ औषधि देखाइँदै', 'को प्रति प्याकेट मूल्य', 'डेलिभरी: प्याक भएपछि काठमाडौंमा', 'कोशी प्रदेश', 'एम्बुलेन्सका लागि १०२ मा फोन गर्नुहोस्।', 'दुखाइ र ज्वरो', 'टाउको दुखाइ, जिउ दुखाइ', 'रुकुम पूर्व']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/\b(catalog|common|info)\.[a-zA-Z]+\./);
    expect(errors).not.toHaveBeenCalled();
  });
});
