import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parseListingParams } from '@/lib/catalog/listing-params';
import { MESSAGES } from '@/lib/i18n/messages';
import type { ProductCard as Card } from '@/lib/catalog/types';
import { Pagination } from './pagination';
import { ProductCard } from './product-card';
import { RxMark } from './prescription-badge';
import { Price } from './price';
import { StockBadge } from './stock-badge';

// next-intl's Link needs the App Router; a plain anchor shows the same words.
vi.mock('@/lib/i18n/navigation', () => ({ Link: ({ href, children }: { href: string; children: ReactNode }) => <a href={href}>{children}</a> }));

function textIn(locale: 'en' | 'ne', node: ReactNode): string {
  const html = renderToStaticMarkup(<NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">{node}</NextIntlClientProvider>);
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('catalog words in two languages', () => {
  const query = parseListingParams({ q: 'cetamol', page: '2' }).query;

  it('keeps the English words the shop always showed', () => {
    expect(textIn('en', <Price pricePaisa={12000} mrpPaisa={15000} />)).toBe('Rs. 120.00 MRP Rs. 150.00 20% off');
    expect(textIn('en', <StockBadge stock={{ status: 'low_stock', available: 3 }} />)).toBe('Only 3 left');
    expect(textIn('en', <Pagination query={query} pageCount={5} />)).toBe('Previous Page 2 of 5 Next');
  });

  it('writes prices, counts and pages in Nepali with Devanagari digits', () => {
    expect(textIn('ne', <Price pricePaisa={12000} mrpPaisa={15000} />)).toBe('रु. १२०.०० एमआरपी रु. १५०.०० २०% छुट');
    expect(textIn('ne', <StockBadge stock={{ status: 'low_stock', available: 3 }} />)).toBe('३ मात्र बाँकी');
    expect(renderToStaticMarkup(<NextIntlClientProvider locale="ne" messages={MESSAGES.ne} timeZone="Asia/Kathmandu"><RxMark /></NextIntlClientProvider>)).toContain(`title="${MESSAGES.ne.catalog.badge.prescriptionOnly}"`);
    expect(textIn('ne', <Pagination query={query} pageCount={5} />)).toBe('अघिल्लो ५ मध्ये पृष्ठ २ अर्को');
  });

  it('names a card’s dosage form and pack in Nepali, and leaves them as stored in English', () => {
    const card: Card = {
      id: 1, slug: 'cetamol-500-mg-tablet', brandName: 'Cetamol', genericName: 'Paracetamol', strength: '500 mg', dosageForm: 'Tablet', packSize: '10 tablets',
      manufacturer: 'Nepal Drugs Limited', categorySlug: 'pain-fever', categoryName: 'Pain & fever', categoryNameNe: 'दुखाइ र ज्वरो', pricePaisa: 1000, mrpPaisa: 1000,
      requiresPrescription: false, imageUrl: null, stock: { status: 'in_stock', available: 40 }, notSoldOnline: null,
    };
    expect(textIn('en', <ProductCard product={card} />)).toContain('Tablet · 10 tablets · Nepal Drugs Limited');
    const nepali = textIn('ne', <ProductCard product={card} />);
    expect(nepali).toContain('ट्याब्लेट · १० ट्याब्लेट · Nepal Drugs Limited');
    expect(nepali).not.toMatch(/\bTablets?\b/);
  });
});
