'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Link, usePathname } from '@/lib/i18n/navigation';

// Each language is named in itself, so a reader who cannot read this page still finds their own.
// (next-intl's Link adds hrefLang and keeps the language cookie in step when the locale changes.)
const NAMES: Record<Locale, string> = { en: 'English', ne: 'नेपाली' };

function SwitchLink({ href, locale }: { href: string; locale: Locale }) {
  return (
    <Link href={href} locale={locale} lang={locale} className="text-slate-700 hover:text-brand-700" data-testid="language-switch">
      {NAMES[locale]}
    </Link>
  );
}

function WithSearch({ pathname, locale }: { pathname: string; locale: Locale }) {
  const search = useSearchParams().toString();
  return <SwitchLink href={search ? `${pathname}?${search}` : pathname} locale={locale} />;
}

/**
 * The same page in the other language. The search (`?q=…`) is read inside a Suspense boundary, as
 * in the header's search box: on a cached page the link renders without it and gains it in the browser.
 */
export function LanguageSwitch() {
  const pathname = usePathname();
  const other: Locale = useLocale() === 'ne' ? 'en' : 'ne';
  return (
    <Suspense fallback={<SwitchLink href={pathname} locale={other} />}>
      <WithSearch pathname={pathname} locale={other} />
    </Suspense>
  );
}
