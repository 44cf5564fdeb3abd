import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { FileRefusedError } from '@/lib/prescriptions/file-check';

// The uploader's router needs the App Router; the message shown for a refusal does not.
vi.mock('@/lib/i18n/navigation', () => ({ useRouter: () => ({ push: () => undefined }) }));
const { UploadProblemAlert } = await import('./prescription-uploader');

const render = (locale: Locale, node: ReactNode) =>
  renderToStaticMarkup(<NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">{node}</NextIntlClientProvider>);

describe('a refused prescription upload, in the page’s language', () => {
  it('words the server’s code in Nepali on a Nepali page', () => {
    expect(render('ne', <UploadProblemAlert problem="pdf_encrypted" />)).toContain('यो PDF पासवर्डले सुरक्षित गरिएको छ।');
    expect(render('ne', <UploadProblemAlert problem="too_many_uploads" />)).toContain('पछिल्लो एक घण्टामा धेरै पटक अपलोड गरियो।');
    expect(render('ne', <UploadProblemAlert problem="sign_in" />)).toContain('प्रिस्क्रिप्सन अपलोड गर्न कृपया साइन इन गर्नुहोस्।');
    expect(render('ne', <UploadProblemAlert problem="offline" />)).toContain('इन्टरनेट जडान टुट्यो।');
    expect(render('ne', <UploadProblemAlert problem="unknown" />)).toContain('अपलोड हुन सकेन।');
  });

  it('shows on an English page the very sentence the server writes', () => {
    const html = render('en', <UploadProblemAlert problem="svg" />);
    expect(html).toContain('role="alert"');
    expect(html).toContain(new FileRefusedError('svg').publicMessage);
  });
});
