import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import type { PharmacyDetails } from '@/lib/settings/schema';
import { PHARMACY_DETAILS } from '@/test-support/factories/pharmacy-details';
import { PharmacyLicenceDetails } from './pharmacy-licence-details';

const SETTINGS: PharmacyDetails = { ...PHARMACY_DETAILS, pharmacyNameNe: 'टेस्ट फार्मेसी प्रा. लि.', addressNe: 'पुतलीसडक-२८, काठमाडौं' };

function textIn(locale: 'en' | 'ne', settings: PharmacyDetails): string {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">
      <PharmacyLicenceDetails settings={settings} />
    </NextIntlClientProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('the licence details in the footer', () => {
  it('reads the Nepali name and address on Nepali pages, and the English where no Nepali was saved', () => {
    const nepali = textIn('ne', SETTINGS);
    expect(nepali).toContain('टेस्ट फार्मेसी प्रा. लि.');
    expect(nepali).toContain('पुतलीसडक-२८, काठमाडौं');
    expect(nepali).not.toContain('Putalisadak');
    expect(nepali).toContain('Sita Sharma');
    expect(nepali).toContain('DDA 5678/081-82');
  });

  it('keeps English pages in English', () => {
    const english = textIn('en', SETTINGS);
    expect(english).toContain('Test Pharmacy Pvt. Ltd.');
    expect(english).toContain('Putalisadak-28, Kathmandu');
    expect(english).not.toMatch(/\p{Script=Devanagari}/u);
  });
});
