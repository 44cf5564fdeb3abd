import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { pushAnswerText } from './push-notifications';

/** The notice the opt-in shows for an answer of /api/push/subscriptions. */
function Answer({ code }: { code: unknown }) {
  return <p role="status">{pushAnswerText(useTranslations('account.push'), code)}</p>;
}
const render = (locale: Locale, code: unknown) =>
  renderToStaticMarkup(<NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu"><Answer code={code} /></NextIntlClientProvider>);

describe('the push opt-in’s notices, in the page’s language', () => {
  it('words the server’s answer in Nepali on a Nepali page', () => {
    expect(render('ne', 'on')).toContain('यो ब्राउजरमा सूचना खुला छ।');
    expect(render('ne', 'taken')).toContain('यो ब्राउजरका सूचनाहरू अर्को खातासँग जोडिएका छन्।');
    expect(render('ne', 'sign_in')).toContain('कृपया साइन इन गर्नुहोस्।');
  });

  it('keeps the server’s English sentences on an English page, and a generic one for an answer without a known code', () => {
    expect(render('en', 'on')).toContain('Notifications are on in this browser.');
    expect(render('en', 'unknown_service')).toContain('This browser’s push service is not one the shop sends to.');
    expect(render('en', undefined)).toContain('Something went wrong. Please try again.');
    expect(render('ne', '<script>')).toContain('केही गडबडी भयो।');
  });
});
