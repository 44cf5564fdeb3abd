'use client';

import Link from 'next/link';
import { CartLink } from '@/components/cart/cart-link';
import { useForgetVisitor, useVisitor } from './visitor-query';

const LINK = 'text-slate-700 hover:text-brand-700';

/**
 * The header's per-visitor part, filled in the browser: the server-rendered header is the same
 * for everyone (so catalog pages can be cached) and shows a neutral, same-sized placeholder.
 */
export function VisitorNav({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const visitor = useVisitor();
  const forgetVisitor = useForgetVisitor();

  return (
    <nav aria-label="Account" className="ml-auto flex items-center gap-4 text-sm font-medium">
      <CartLink seeded={visitor !== undefined} />
      {visitor === undefined ? (
        <span className="invisible" aria-hidden="true" data-testid="visitor-loading">
          Sign in
        </span>
      ) : visitor.signedIn ? (
        <>
          {visitor.staff ? (
            <Link href="/admin" className={LINK}>
              Back office
            </Link>
          ) : null}
          <Link href="/account" className={LINK} data-testid="account-link">
            {visitor.firstName}
          </Link>
          <form action={signOutAction} onSubmit={forgetVisitor}>
            <button type="submit" className={LINK}>
              Sign out
            </button>
          </form>
        </>
      ) : (
        <Link href="/login" className={LINK}>
          Sign in
        </Link>
      )}
    </nav>
  );
}
