'use client';

import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { RequestReference } from '@/components/request-reference';
import { splitLocale } from '@/lib/i18n/paths';
// Only this small namespace: the page ships with every page's code, and the root layout that
// would have handed it the words is what failed.
import en from '@/messages/en/fatal.json';
import ne from '@/messages/ne/fatal.json';

const WORDS = { en: { fatal: en }, ne: { fatal: ne } };
const noSubscription = () => () => {};
const addressLocale = () => splitLocale(window.location.pathname).locale;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  // English on the server, which cannot see the address here; the browser then renders its language.
  const locale = useSyncExternalStore(noSubscription, addressLocale, () => 'en' as const);
  return (
    <html lang={locale}>
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
        <NextIntlClientProvider locale={locale} messages={WORDS[locale]} timeZone="Asia/Kathmandu">
          <LastResortMessage digest={error.digest} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function LastResortMessage({ digest }: { digest?: string }) {
  const t = useTranslations('fatal');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <RequestReference digest={digest} />
    </>
  );
}
