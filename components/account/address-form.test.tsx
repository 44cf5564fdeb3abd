import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import type { AddressDto } from '@/lib/auth/account/addresses';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { AddressForm } from './address-form';

async function htmlOf(locale: Locale, tree: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">
      {tree}
    </NextIntlClientProvider>,
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

const options = (html: string, name: string) => {
  const select = html.match(new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`))?.[1] ?? '';
  return [...select.matchAll(/<option[^>]*value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map(([, value, label]) => [value, label]);
};

const address: AddressDto = {
  id: 'a1', label: 'Home', recipientName: 'Sita Shrestha', phone: '9800000000', province: 'Bagmati', district: 'Kathmandu',
  municipality: 'Kathmandu Metropolitan City', ward: 10, street: 'Baneshwor', landmark: null, isDefault: true,
};
const action = async () => ({ ok: true });

describe('the address form', () => {
  it('labels provinces and districts in Nepali on Nepali pages, with the English names as the values sent', async () => {
    const html = await htmlOf('ne', <AddressForm action={action} address={address} />);
    const provinces = options(html, 'province');
    expect(provinces.slice(1)).toEqual([['Koshi', 'कोशी'], ['Madhesh', 'मधेश'], ['Bagmati', 'बागमती'], ['Gandaki', 'गण्डकी'], ['Lumbini', 'लुम्बिनी'], ['Karnali', 'कर्णाली'], ['Sudurpashchim', 'सुदूरपश्चिम']]);
    const districts = options(html, 'district');
    expect(districts[0]).toEqual(['', 'जिल्ला छान्नुहोस्']);
    expect(districts).toContainEqual(['Kathmandu', 'काठमाडौं']);
    expect(districts).toContainEqual(['Lalitpur', 'ललितपुर']);
    expect(districts).toContainEqual(['Kavrepalanchok', 'काभ्रेपलाञ्चोक']);
    expect(districts).toHaveLength(14);
    for (const [, label] of districts) expect(label).toMatch(/^\p{Script=Devanagari}/u);
  });

  it('keeps the English names on English pages', async () => {
    const html = await htmlOf('en', <AddressForm action={action} address={address} />);
    expect(options(html, 'province')[3]).toEqual(['Bagmati', 'Bagmati']);
    expect(options(html, 'district')).toContainEqual(['Kathmandu', 'Kathmandu']);
  });
});
