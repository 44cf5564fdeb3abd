import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { deliveryDaysFormatter } from '@/components/catalog/delivery-days';
import { CheckoutAddressForm } from '@/components/checkout/checkout-address-form';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { OrderReview } from '@/components/checkout/order-review';
import { VerifyEmailNotice } from '@/components/checkout/verify-email-notice';
import { CHECKOUT_MESSAGES, ClientMessages } from '@/components/layout/client-messages';
import { db } from '@/db/client';
import { listAddresses } from '@/lib/auth/account/addresses';
import { requireUser } from '@/lib/auth/current-user';
import { availableOnlineMethods } from '@/lib/payments/methods';
import { isEmailVerified } from '@/lib/auth/email-verification';
import { isPhoneVerified } from '@/lib/auth/phone-verification';
import { env } from '@/lib/env';
import { findUserCartId } from '@/lib/cart/cart-store';
import { deliveryPricing, getCartView } from '@/lib/cart/cart-view';
import { placeName } from '@/lib/geo/nepal';
import { formattersFor } from '@/lib/i18n/format';
import { Link, redirect } from '@/lib/i18n/navigation';
import { patientLabel } from '@/lib/patients/labels';
import { patientsForPicker } from '@/lib/patients/patients';
import { listMyUsablePrescriptions } from '@/lib/prescriptions/shopper-queries';
import { getShopSettings } from '@/lib/settings/read';
import { addCheckoutAddressAction, placeOrderAction, resendVerificationEmailAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orders.checkout');
  return { title: t('title'), robots: { index: false } };
}


export default async function CheckoutPage() {
  const user = await requireUser();
  const [locale, t, rx, formatDays] = await Promise.all([getLocale(), getTranslations('orders.checkout'), getTranslations('orders.prescriptions'), deliveryDaysFormatter()]);
  const f = formattersFor(locale);
  const cart = await getCartView(await findUserCartId(user.id));
  if (cart.lines.length === 0) redirect({ href: '/cart', locale });
  // placeOrder refuses an unconfirmed email too; this only puts the way forward where the button was.
  if (!(await isEmailVerified(db, user.id))) {
    return (
      <ClientMessages paths={CHECKOUT_MESSAGES}>
        <div className="mx-auto max-w-3xl space-y-6">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <VerifyEmailNotice email={user.email} action={resendVerificationEmailAction} />
          <div className="rounded-lg bg-white p-5">
            <OrderReview cart={cart} freeDeliveryFromPaisa={deliveryPricing().freeDeliveryFromPaisa} />
          </div>
        </div>
      </ClientMessages>
    );
  }
  const [addresses, prescriptions, phone, patients, settings] = await Promise.all([
    listAddresses(db, user.id),
    cart.hasPrescriptionLines ? listMyUsablePrescriptions(user.id) : [],
    isPhoneVerified(user.id),
    cart.hasPrescriptionLines ? patientsForPicker(db, user.id) : [],
    getShopSettings(),
  ]);
  const deliveryDays = settings?.deliveryDays ?? {};
  // lib/settings/delivery's deliveryNoteFor, in the page's language.
  const deliveryNote = (stored: string) => {
    const estimate = deliveryDays[stored];
    const district = placeName(locale, stored);
    return estimate ? t('deliveryNote', { district, days: formatDays(estimate) }) : t('noDelivery', { district });
  };
  const addressForm = <CheckoutAddressForm action={addCheckoutAddressAction} prefill={addresses.length === 0 ? { recipientName: user.name, phone: user.phone } : undefined} />;
  // placeOrder refuses it too; this only shows the way to the code where the choice is.

  return (
    <ClientMessages paths={CHECKOUT_MESSAGES}>
      <div className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {!cart.readyForCheckout ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {t.rich('needsAttention', {
              link: (chunks) => (
                <Link href="/cart" className="font-semibold underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
        {addresses.length === 0 ? (
          // A first order: the address comes first, filled in with the account's name and mobile.
          <section className="rounded-lg bg-white p-5" aria-labelledby="first-address">
            <h2 id="first-address" className="mb-1 text-lg font-semibold">{t('firstAddressHeading')}</h2>
            <p className="mb-4 text-sm text-slate-600">{t('firstAddressIntro')}</p>
            {addressForm}
          </section>
        ) : null}
        <CheckoutForm
          action={placeOrderAction}
          checkoutKey={randomUUID()}
          khaltiOffered={availableOnlineMethods().includes('khalti')}
          codNeedsPhone={env.COD_REQUIRES_VERIFIED_PHONE && !phone.verified}
          addresses={addresses.map((a) => ({
            id: a.id,
            label: a.label,
            isDefault: a.isDefault,
            summary: `${a.recipientName}, ${a.phone} · ${a.street}${a.landmark ? t('nearLandmark', { landmark: a.landmark }) : ''}, ${a.municipality}-${a.ward}, ${placeName(locale, a.district)}`,
            deliveryNote: deliveryNote(a.district),
          }))}
          needsPrescription={cart.hasPrescriptionLines}
          prescriptions={prescriptions.map((p) => ({
            id: p.id,
            label: t('prescriptionOption', { date: f.shortDate(p.uploadedAt), status: rx(`rawStatus.${p.status}`) }) + (p.patientName ? t('prescriptionFor', { patient: p.patientName }) : ''),
          }))}
          patients={patients.map((p) => ({ id: p.id, label: patientLabel(p, locale) }))}
          rxLines={cart.lines.filter((l) => l.requiresPrescription).map((l) => ({ productId: l.productId, name: `${l.name} ${l.strength}`.trim() }))}
          review={<OrderReview cart={cart} freeDeliveryFromPaisa={deliveryPricing().freeDeliveryFromPaisa} />}
        />
        {addresses.length > 0 ? (
          <details className="rounded-lg bg-white p-5">
            <summary className="cursor-pointer font-semibold">{t('addNewAddress')}</summary>
            <div className="mt-4">{addressForm}</div>
          </details>
        ) : null}
      </div>
    </ClientMessages>
  );
}
