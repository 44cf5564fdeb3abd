import type { Metadata } from 'next';
import Link from 'next/link';
import { PhoneBadge, SendPhoneCodeForm, VerifyPhoneCodeForm } from '@/components/account/phone-forms';
import { requireUser } from '@/lib/auth/current-user';
import { isPhoneVerified } from '@/lib/auth/phone-verification';
import { env } from '@/lib/env';
import { sameOriginPath } from '@/lib/security/redirect-target';
import { sendPhoneCodeAction, verifyPhoneCodeAction } from '../actions';

export const metadata: Metadata = { title: 'Verify your mobile number' };

export default async function PhonePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = (await searchParams).next;
  // Only a path on this shop (checkout, usually); anything else is dropped.
  const next = sameOriginPath(raw, env.APP_URL, '') || undefined;
  const { phone, verified } = await isPhoneVerified(user.id);
  return (
    <section className="max-w-lg space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Mobile number</h1>
      {!phone ? (
        <p className="text-sm text-slate-700">
          Add your mobile number on <Link href="/account" className="font-medium text-brand-700 underline">your profile</Link> first.
        </p>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-medium">{phone}</span> <PhoneBadge verified={verified} />
          </p>
          {verified ? (
            <p className="text-sm text-slate-700">
              Order updates by SMS go to this number, and you can pay cash on delivery.{' '}
              {next ? (
                <Link href={next} className="font-medium text-brand-700 underline">
                  Continue
                </Link>
              ) : null}
            </p>
          ) : (
            <>
              <p className="text-sm text-slate-700">We send a 6-digit code by SMS. A verified number gets order updates by SMS and can pay cash on delivery.</p>
              <SendPhoneCodeForm action={sendPhoneCodeAction} next={next} again={false} />
              <VerifyPhoneCodeForm action={verifyPhoneCodeAction} next={next} />
            </>
          )}
        </>
      )}
    </section>
  );
}
