import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { signedIn, signInAs } from '@/test-support/admin-session';
import { setPageLocale } from '@/test-support/root-params-stub';

vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);
// The page's own message list is for its client parts; its server components read the request's
// messages. This plain render has no server side, so the full provider below stands in for both.
vi.mock('@/components/layout/client-messages', () => ({ ClientMessages: ({ children }: { children: ReactNode }) => children, ORDER_MESSAGES: [] }));
// next-intl's Link and router need the App Router; a plain anchor shows the same words.
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children }: { href: string; children: ReactNode }) => <a href={href}>{children}</a>,
  getPathname: ({ href }: { href: string }) => href,
  useRouter: () => ({ push: () => undefined, replace: () => undefined, refresh: () => undefined }),
}));

const { cancelOrderForCustomer } = await import('@/lib/orders/customer-actions');
const { placeTestOrder } = await import('@/test-support/factories/orders');
const { default: OrderPage } = await import('@/app/[locale]/(shop)/orders/[number]/page');

async function orderPageText(locale: Locale, number: string): Promise<string> {
  setPageLocale(locale);
  const page = await OrderPage({ params: Promise.resolve({ number }), searchParams: Promise.resolve({}) });
  const { prelude } = await prerenderToNodeStream(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">
      <QueryClientProvider client={new QueryClient()}>{page}</QueryClientProvider>
    </NextIntlClientProvider>,
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the notes the shop records on an order, on the shopper’s order page', () => {
  afterEach(() => setPageLocale(undefined));

  it('are in Nepali on the Nepali page and as recorded on the English one', async () => {
    const order = await placeTestOrder();
    await cancelOrderForCustomer(order.customer.id, order.number, null);
    signInAs(order.customer);

    const nepali = await orderPageText('ne', order.number);
    // Once on the timeline, once as the reason beside the order.
    expect(nepali.split('ग्राहकले रद्द गर्नुभयो।').length - 1).toBe(2);
    expect(nepali).not.toContain('Cancelled by the customer.');
    expect(await orderPageText('en', order.number)).toContain('Cancelled by the customer.');
  });

  it('leave a reason the shopper wrote as written', async () => {
    const order = await placeTestOrder();
    await cancelOrderForCustomer(order.customer.id, order.number, 'Ordered twice by mistake');
    signInAs(order.customer);
    expect(await orderPageText('ne', order.number)).toContain('Ordered twice by mistake');
  });
});
