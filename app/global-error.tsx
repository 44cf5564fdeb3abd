'use client';

import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { RequestReference } from '@/components/request-reference';
import { splitLocale } from '@/lib/i18n/paths';
import en from '@/messages/en/common.json';
import ne from '@/messages/ne/common.json';

// The root layout failed, and with it the page's words and language: the address still names the language.
const WORDS = { en: { common: { error: en.error, globalError: en.globalError } }, ne: { common: { error: ne.error, globalError: ne.globalError } } };
const noSubscription = () => () => {};
const addressLocale = () => splitLocale(window.location.pathname).locale;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  // English on the server, which cannot see the address here; the browser then renders its language.
  const locale = useSyncExternalStore(noSubscription, addressLocale, () => 'en' as const);
  return (
    <html lang={locale}>
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
        <NextIntlClientProvider locale={locale} messages={WORDS[locale]} timeZone="Asia/Kathmandu">
          <GlobalErrorMessage digest={error.digest} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorMessage({ digest }: { digest?: string }) {
  const t = useTranslations('common.globalError');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <RequestReference digest={digest} />
    </>
  );
}
