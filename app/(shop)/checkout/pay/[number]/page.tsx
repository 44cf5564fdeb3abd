import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AwaitPaymentConfirmation } from '@/components/payments/await-payment-confirmation';
import { EsewaRedirectForm } from '@/components/payments/esewa-redirect-form';
import { KhaltiStartForm } from '@/components/payments/khalti-start-form';
import { RetryPaymentForm } from '@/components/payments/retry-payment-form';
import { ActionButton } from '@/components/ui/action-button';
import { requireUser } from '@/lib/auth/current-user';
import { formatPaisa } from '@/lib/money';
import { orderNumberSchema } from '@/lib/orders/validation';
import { preparePayment } from '@/lib/payments/attempts';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { retryPaymentAction, startLinkPaymentAction } from '../actions';

export const metadata: Metadata = { title: 'Pay for your order', robots: { index: false } };

type Props = { params: Promise<{ number: string }> };

function retryReason(status: string, provider: string): string {
  if (status === 'canceled') return `The payment was cancelled at ${provider}.`;
  if (status === 'not_found') return `${provider} has no record of a completed payment; the payment session may have expired.`;
  return 'The payment did not go through.';
}

export default async function PayPage({ params }: Props) {
  const user = await requireUser();
  const parsed = orderNumberSchema.safeParse((await params).number);
  const state = parsed.success ? await preparePayment({ orderNumber: parsed.data, userId: user.id }) : null;
  if (!state) notFound();
  const { order } = state;
  if (state.kind === 'paid') redirect(`/orders/${order.number}`);
  const amount = formatPaisa(order.totalPaisa);
  const provider = PAYMENT_METHOD_LABELS[order.paymentMethod];

  return (
    <div className="mx-auto max-w-md space-y-5 rounded-lg bg-white p-6">
      <header>
        <h1 className="text-2xl font-bold">Pay for order {order.number}</h1>
        <p className="mt-1 text-slate-700">
          Total <strong>{amount}</strong>
        </p>
      </header>

      {state.kind === 'redirect' ? <EsewaRedirectForm action={state.formUrl} fields={state.fields} amountLabel={amount} /> : null}

      {state.kind === 'start' ? (
        <>
          <p className="text-sm text-slate-700">You will pay on Khalti&apos;s own page and come back here. Your medicines stay reserved while you pay.</p>
          <KhaltiStartForm number={order.number} amountLabel={amount} action={startLinkPaymentAction} />
          {state.methods.includes('esewa') ? (
            <ActionButton action={retryPaymentAction} fields={{ number: order.number, method: 'esewa' }} label="Pay with eSewa instead" tone="link" messageClassName="block text-sm" />
          ) : null}
        </>
      ) : null}

      {state.kind === 'retry' ? (
        <>
          <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            {retryReason(state.lastAttempt, PAYMENT_METHOD_LABELS[state.lastProvider])}{' '}
            {state.lastAttempt === 'failed'
              ? `If money did leave your ${PAYMENT_METHOD_LABELS[state.lastProvider]} account, we will find it and confirm your order by ourselves.`
              : 'No money was taken.'}{' '}
            Your medicines stay reserved until the payment window closes. You may try again, or pay another way.
          </p>
          <RetryPaymentForm number={order.number} action={retryPaymentAction} methods={state.methods} last={state.lastProvider} />
        </>
      ) : null}

      {state.kind === 'checking' ? (
        <>
          <p role="status" className="rounded-md bg-sky-50 p-3 text-sm text-sky-900" data-testid="payment-checking">
            We are confirming your payment with {provider}. This usually takes a few minutes; this page moves on by itself when it is paid, and we email you too. Please do not pay again.
          </p>
          <AwaitPaymentConfirmation orderNumber={order.number} />
        </>
      ) : null}

      {state.kind === 'closed' ? (
        <p role="status" className="rounded-md bg-slate-100 p-3 text-sm text-slate-800">
          This order can no longer be paid online{order.expired ? ' because the time to pay ran out' : ''}.
        </p>
      ) : null}

      <p className="text-sm">
        <Link href={`/orders/${order.number}`} className="text-brand-700 underline">
          View order {order.number}
        </Link>
      </p>
    </div>
  );
}
