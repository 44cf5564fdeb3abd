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

function SamePage({ locale }: { locale: Locale }) {
  const search = useSearchParams().toString();
  const pathname = usePathname();
  return <SwitchLink href={search ? `${pathname}?${search}` : pathname} locale={locale} />;
}

/**
 * The same page and search in the other language. Both are read inside a Suspense boundary: a
 * cached page is rendered at its internal address (app/cached) and reached through a rewrite, so
 * its HTML holds the fallback, the other language's home page, and the browser fills in the rest.
 */
export function LanguageSwitch() {
  const other: Locale = useLocale() === 'ne' ? 'en' : 'ne';
  return (
    <Suspense fallback={<SwitchLink href="/" locale={other} />}>
      <SamePage locale={other} />
    </Suspense>
  );
}
