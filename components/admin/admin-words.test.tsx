import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { ResultCount } from './data-table';
import { FilterDay } from './filter-form';
import { OrderTotalsFooter } from './order-totals-footer';
import { OrderStatusPill, PaymentStatusPill } from './status-pill';

const render = (locale: 'en' | 'ne', node: ReactNode) =>
  renderToStaticMarkup(<NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">{node}</NextIntlClientProvider>);

const totals = <table><OrderTotalsFooter order={{ subtotalPaisa: 150000, deliveryFeePaisa: 10000, totalPaisa: 160000 }} labelColumns={1} totalClassName="" /></table>;

describe('shared back-office components', () => {
  it('keep today’s English words', () => {
    expect(render('en', <OrderStatusPill status="pending_payment" />)).toContain('>Awaiting payment<');
    expect(render('en', <PaymentStatusPill status="refund_due" />)).toContain('>Refund due<');
    expect(render('en', <FilterDay label="From" name="from" typed="nonsense" day={undefined} />)).toContain('Not a date: not filtering');
    expect(render('en', totals)).toContain('>Subtotal<');
    expect(render('en', <ResultCount count={2} singular="entry" plural="entries" />)).toContain('2 entries');
  });

  it('speak Nepali on a Nepali page', () => {
    expect(render('ne', <OrderStatusPill status="pending_payment" />)).toContain('>भुक्तानी बाँकी<');
    expect(render('ne', <FilterDay label="देखि" name="from" typed="" day={undefined} />)).toContain('वि.सं. वा ई.सं.');
    const footer = render('ne', totals);
    expect(footer).toContain('>उपजम्मा<');
    expect(footer).toMatch(/[०-९]/);
    expect(render('ne', <ResultCount count={12} singular="प्रविष्टि" plural="प्रविष्टिहरू" />)).toContain('१२ प्रविष्टिहरू');
  });
});
