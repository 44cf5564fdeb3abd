'use client';

import { useTranslations } from 'next-intl';
import { CartLink } from '@/components/cart/cart-link';
import { Link } from '@/lib/i18n/navigation';
import { useForgetVisitor, useVisitor } from './visitor-query';

const LINK = 'text-slate-700 hover:text-brand-700';

/**
 * The header's per-visitor part, filled in the browser: the server-rendered header is the same
 * for everyone (so catalog pages can be cached) and shows a neutral, same-sized placeholder.
 */
export function VisitorNav({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const visitor = useVisitor();
  const forgetVisitor = useForgetVisitor();
  const t = useTranslations('common.nav');

  return (
    <nav aria-label={t('label')} className="ml-auto flex items-center gap-4 text-sm font-medium">
      <CartLink seeded={visitor !== undefined} />
      {visitor === undefined ? (
        <span className="invisible" aria-hidden="true" data-testid="visitor-loading">
          {t('signIn')}
        </span>
      ) : visitor.signedIn ? (
        <>
          {visitor.staff ? (
            <Link href="/admin" className={LINK}>
              {t('backOffice')}
            </Link>
          ) : null}
          <Link href="/account" className={LINK} data-testid="account-link">
            {visitor.firstName}
          </Link>
          <form action={signOutAction} onSubmit={forgetVisitor}>
            <button type="submit" className={LINK}>
              {t('signOut')}
            </button>
          </form>
        </>
      ) : (
        <Link href="/login" className={LINK}>
          {t('signIn')}
        </Link>
      )}
    </nav>
  );
}
