import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { paymentMethodLabel } from '@/components/orders/payment-method-label';
import { AwaitPaymentConfirmation } from '@/components/payments/await-payment-confirmation';
import { EsewaRedirectForm } from '@/components/payments/esewa-redirect-form';
import { KhaltiStartForm } from '@/components/payments/khalti-start-form';
import { RetryPaymentForm } from '@/components/payments/retry-payment-form';
import { PAYMENT_MESSAGES, ClientMessages } from '@/components/layout/client-messages';
import { ActionButton } from '@/components/ui/action-button';
import type { PaymentMethod } from '@/db/schema/orders';
import { requireUser } from '@/lib/auth/current-user';
import { formattersFor } from '@/lib/i18n/format';
import { Link, redirect } from '@/lib/i18n/navigation';
import { orderNumberSchema } from '@/lib/orders/validation';
import { preparePayment } from '@/lib/payments/attempts';
import { retryPaymentAction, startLinkPaymentAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orders.pay');
  return { title: t('title'), robots: { index: false } };
}

type Props = { params: Promise<{ number: string }> };
type Translate = Awaited<ReturnType<typeof getTranslations<'orders.pay'>>>;

function retryReason(status: string, provider: string, t: Translate): string {
  if (status === 'canceled') return t('canceled', { provider });
  if (status === 'not_found') return t('notFound', { provider });
  return t('failed');
}

export default async function PayPage({ params }: Props) {
  const user = await requireUser();
  const parsed = orderNumberSchema.safeParse((await params).number);
  const state = parsed.success ? await preparePayment({ orderNumber: parsed.data, userId: user.id }) : null;
  if (!state) notFound();
  const { order } = state;
  const [locale, t, orders] = await Promise.all([getLocale(), getTranslations('orders.pay'), getTranslations('orders')]);
  if (state.kind === 'paid') redirect({ href: `/orders/${order.number}`, locale });
  const amount = formattersFor(locale).paisa(order.totalPaisa);
  const method = (m: PaymentMethod) => paymentMethodLabel(m, orders('paymentMethod.cod'));
  const provider = method(order.paymentMethod);

  return (
    <ClientMessages paths={PAYMENT_MESSAGES}>
      <div className="mx-auto max-w-md space-y-5 rounded-lg bg-white p-6">
        <header>
          <h1 className="text-2xl font-bold">{t('heading', { number: order.number })}</h1>
          <p className="mt-1 text-slate-700">
            {t.rich('total', { amount, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        </header>

        {state.kind === 'redirect' ? <EsewaRedirectForm action={state.formUrl} fields={state.fields} amountLabel={amount} /> : null}

        {state.kind === 'start' ? (
          <>
            <p className="text-sm text-slate-700">{t('khaltiIntro')}</p>
            <KhaltiStartForm number={order.number} amountLabel={amount} action={startLinkPaymentAction} />
            {state.methods.includes('esewa') ? (
              <ActionButton action={retryPaymentAction} fields={{ number: order.number, method: 'esewa' }} label={t('payWithInstead', { method: method('esewa') })} tone="link" messageClassName="block text-sm" />
            ) : null}
          </>
        ) : null}

        {state.kind === 'retry' ? (
          <>
            <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              {retryReason(state.lastAttempt, method(state.lastProvider), t)}{' '}
              {state.lastAttempt === 'failed' ? t('moneyLeft', { provider: method(state.lastProvider) }) : t('noMoneyTaken')} {t('stillReserved')}
            </p>
            <RetryPaymentForm number={order.number} action={retryPaymentAction} methods={state.methods} last={state.lastProvider} />
          </>
        ) : null}

        {state.kind === 'checking' ? (
          <>
            <p role="status" className="rounded-md bg-sky-50 p-3 text-sm text-sky-900" data-testid="payment-checking">
              {t('checking', { provider })}
            </p>
            <AwaitPaymentConfirmation orderNumber={order.number} />
          </>
        ) : null}

        {state.kind === 'closed' ? (
          <p role="status" className="rounded-md bg-slate-100 p-3 text-sm text-slate-800">
            {order.expired ? t('closedExpired') : t('closed')}
          </p>
        ) : null}

        <p className="text-sm">
          <Link href={`/orders/${order.number}`} className="text-brand-700 underline">
            {t('viewOrder', { number: order.number })}
          </Link>
        </p>
      </div>
    </ClientMessages>
  );
}
