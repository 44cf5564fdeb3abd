import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { LanguageSwitch } from './language-switch';

// The real Link needs the App Router; this one shows what it was asked for.
vi.mock('@/lib/i18n/navigation', () => ({
  usePathname: () => '/products',
  Link: ({ href, locale, children, ...rest }: { href: string; locale: string; children: ReactNode }) => <a href={href} data-locale={locale} {...rest}>{children}</a>,
}));
vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams('q=cetamol&page=2') }));

const render = (locale: 'en' | 'ne') =>
  renderToStaticMarkup(<NextIntlClientProvider locale={locale} messages={MESSAGES[locale]}><LanguageSwitch /></NextIntlClientProvider>);

describe('the header’s language switch', () => {
  it('links an English page to the same page and search in Nepali, named in Nepali', () => {
    const html = render('en');
    expect(html).toContain('href="/products?q=cetamol&amp;page=2"');
    expect(html).toContain('data-locale="ne"');
    expect(html).toMatch(/lang="ne"[^>]*>नेपाली<\/a>/);
  });

  it('links a Nepali page back to English', () => {
    const html = render('ne');
    expect(html).toContain('data-locale="en"');
    expect(html).toMatch(/lang="en"[^>]*>English<\/a>/);
  });
});
