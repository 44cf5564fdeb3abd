import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { RequestReference } from './request-reference';

const render = (locale: Locale) =>
  renderToStaticMarkup(<NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu"><RequestReference digest="3127409251" /></NextIntlClientProvider>);

describe('the reference an error page gives to quote to support', () => {
  it('is labelled in the page’s language', () => {
    expect(render('en')).toContain('Reference: 3127409251');
    expect(render('ne')).toContain('सन्दर्भ नम्बर: 3127409251');
  });
});
