import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { CategoryForm, type CategoryFormValues } from './category-form';

const action = async () => ({ ok: true });
const blank: CategoryFormValues = { slug: '', name: '', nameNe: null, description: '', descriptionNe: null, sortOrder: null };
const saved: CategoryFormValues = { id: 7, slug: 'pain-and-fever', name: 'Pain and fever', nameNe: 'दुखाइ र ज्वरो', description: 'Eases pain.', descriptionNe: null, sortOrder: 10 };

const render = (locale: 'en' | 'ne', values: CategoryFormValues) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">
      <CategoryForm action={action} values={values} submitLabel="Save" />
    </NextIntlClientProvider>,
  );
const labels = (html: string) => [...html.matchAll(/<label[^>]*>([^<]*)<\/label>/g)].map((m) => m[1]);
const langOf = (html: string, name: string) => new RegExp(`<(?:input|textarea)[^>]*name="${name}"[^>]*>`).exec(html)?.[0].match(/lang="(\w+)"/)?.[1];

describe('the category form', () => {
  it('labels every box in English, and asks for the web address only for a new category', () => {
    expect(labels(render('en', blank))).toEqual(['Name', 'Name in Nepali', 'Web address (slug)', 'Sort order', 'Description', 'Description in Nepali']);
    expect(labels(render('en', saved))).toEqual(['Name', 'Name in Nepali', 'Sort order', 'Description', 'Description in Nepali']);
  });

  it('labels every box in Nepali on a Nepali page', () => {
    expect(labels(render('ne', blank))).toEqual(['नाम (अङ्ग्रेजीमा)', 'नाम (नेपालीमा)', 'वेब ठेगाना (slug)', 'क्रम नम्बर', 'विवरण (अङ्ग्रेजीमा)', 'विवरण (नेपालीमा)']);
  });

  it('marks the boxes holding Nepali lang=ne, and the English ones lang=en on a Nepali page', () => {
    const english = render('en', saved);
    expect(['name', 'nameNe', 'description', 'descriptionNe'].map((name) => langOf(english, name))).toEqual([undefined, 'ne', undefined, 'ne']);
    const nepali = render('ne', saved);
    expect(['name', 'nameNe', 'description', 'descriptionNe'].map((name) => langOf(nepali, name))).toEqual(['en', 'ne', 'en', 'ne']);
    expect(english).toContain('value="दुखाइ र ज्वरो"');
  });
});
