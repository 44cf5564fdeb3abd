import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { worded } from '@/lib/safety/words';

// next-intl's Link and router need the App Router; a plain anchor shows the same words.
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children }: { href: string; children: ReactNode }) => <a href={href}>{children}</a>,
  getPathname: ({ href }: { href: string }) => href,
  useRouter: () => ({ push: () => undefined, replace: () => undefined, refresh: () => undefined }),
}));

const { CartLineItem } = await import('@/components/cart/cart-line-item');
const { CartSummary } = await import('@/components/cart/cart-summary');
const { AddToCartForm } = await import('@/components/cart/add-to-cart-form');
const { CartLink } = await import('@/components/cart/cart-link');
const { CheckoutForm } = await import('@/components/checkout/checkout-form');
const { VerifyEmailNotice } = await import('@/components/checkout/verify-email-notice');
const { OrderTimeline } = await import('./order-timeline');
const { OrderStatusBadge, PaymentStatusText } = await import('./order-status-badge');
const { CancelOrderForm, OrderAgainButton } = await import('./order-actions');
const { EsewaRedirectForm } = await import('@/components/payments/esewa-redirect-form');
const { KhaltiStartForm } = await import('@/components/payments/khalti-start-form');
const { RetryPaymentForm } = await import('@/components/payments/retry-payment-form');
const { PrescriptionStatusBadge } = await import('@/components/prescriptions/status-badge');
const { PrescriptionUploader } = await import('@/components/prescriptions/prescription-uploader');
const { PatientSummary } = await import('@/components/prescriptions/patient-summary');
const { SafetyAcknowledgements, SafetyWarningList } = await import('@/components/prescriptions/safety-warnings');
const { ApproveForm, RejectForm } = await import('@/components/prescriptions/review-forms');
const { RxFileViewer } = await import('@/components/prescriptions/rx-file-viewer');
const { SignInForm } = await import('@/components/auth/sign-in-form');
const { RegisterForm } = await import('@/components/auth/register-form');
const { TwoFactorForm } = await import('@/components/auth/two-factor-form');
const { ResetPasswordForm } = await import('@/components/auth/reset-password-form');
const { ForgotPasswordForm } = await import('@/components/auth/forgot-password-form');

async function textOf(locale: Locale, tree: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Kathmandu">
      <QueryClientProvider client={new QueryClient()}>{tree}</QueryClientProvider>
    </NextIntlClientProvider>,
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const action = async () => ({ ok: true });
const line = { productId: 1, slug: 'cetamol', name: 'Cetamol', genericName: 'Paracetamol', strength: '500 mg', packSize: '10 tablets', imageUrl: null, unitPricePaisa: 2500, quantity: 3, lineTotalPaisa: 7500, requiresPrescription: true, maxQuantity: 2, available: 2, problem: 'insufficient_stock' as const };
const at = new Date('2026-12-03T06:00:00Z');
const timeline = [
  { id: 1, type: 'placed', fromStatus: null, toStatus: 'pending_payment' as const, toPaymentStatus: null, byShopper: true, byStaff: false, note: null, at },
  { id: 2, type: 'payment_status_changed', fromStatus: null, toStatus: null, toPaymentStatus: 'paid' as const, byShopper: false, byStaff: false, note: null, at },
  { id: 3, type: 'status_changed', fromStatus: 'confirmed' as const, toStatus: 'packed' as const, toPaymentStatus: null, byShopper: false, byStaff: true, note: 'Packed with care', at },
];
const warning = {
  id: 'w1',
  type: 'interaction' as const,
  severity: 'major' as const,
  patientName: 'Ram',
  ...worded(
    { key: 'interactionTitle', values: { first: 'aspirin', second: 'warfarin' } },
    { key: 'interactionEarlierDetail', values: { firstProduct: 'Ecosprin 75', secondProduct: 'Warf 5', orderedOn: '2026-11-20', orderNumber: 'MN-261120-AB12CD34', effect: 'Raises the risk of bleeding.', advice: 'Avoid together.' } },
  ),
  source: 'BNF',
};
const patients = [{ id: 'p1', name: 'Ram', birthDate: null, allergies: '', conditions: '', relationship: 'parent' as const, sex: 'male' as const, age: null, archived: false }];

/** Every component of the cart, checkout, orders, payments, prescriptions and sign-in pages that reads words itself. */
const pieces = (): ReactNode[] => [
  <ul key="line"><CartLineItem line={line} actions={{ updateQuantity: action, remove: action }} /></ul>,
  <CartSummary key="summary" totals={{ subtotalPaisa: 7500, deliveryFeePaisa: 10000, totalPaisa: 17500, freeDeliveryShortfallPaisa: 92500 }} freeDeliveryFromPaisa={100000} />,
  <AddToCartForm key="add" slug="cetamol" brandName="Cetamol" maxQuantity={5} addToCartAction={action} />,
  <CartLink key="link" seeded={false} />,
  <CheckoutForm
    key="checkout"
    action={action}
    checkoutKey="k"
    addresses={[{ id: 'a1', label: 'Home', summary: 'Sita, 9800000000', isDefault: true, deliveryNote: 'Delivery to Kathmandu in about 1 day after packing.' }]}
    needsPrescription
    prescriptions={[{ id: 'rx1', label: 'Uploaded 3 Dec 2026 · approved' }]}
    review={null}
    khaltiOffered
    codNeedsPhone
    patients={[{ id: 'p1', label: 'Ram' }]}
    rxLines={[{ productId: 1, name: 'Amoxicillin 500 mg' }]}
  />,
  <VerifyEmailNotice key="verify" email="sita@example.com" action={action} />,
  <OrderTimeline key="timeline" events={timeline} />,
  <OrderStatusBadge key="status" status="awaiting_prescription" />,
  <PaymentStatusText key="payment" status="refund_due" method="cod" />,
  <CancelOrderForm key="cancel" number="MN-1" action={action} />,
  <OrderAgainButton key="again" number="MN-1" action={action} />,
  <EsewaRedirectForm key="esewa" action="https://esewa.test/pay" fields={{}} amountLabel="Rs 175" />,
  <KhaltiStartForm key="khalti" number="MN-1" amountLabel="Rs 175" action={action} />,
  <RetryPaymentForm key="retry" number="MN-1" action={action} methods={['esewa', 'khalti']} last="khalti" />,
  <PrescriptionStatusBadge key="rx-status" status="pending" />,
  <PrescriptionUploader key="uploader" patients={[{ id: 'p1', label: 'Ram' }]} />,
  <PatientSummary key="patients" patients={patients} />,
  <SafetyWarningList key="warnings" warnings={[warning]} />,
  <SafetyAcknowledgements key="acks" warnings={[warning]} />,
  <ApproveForm key="approve" action={action} prescriptionId="rx1" suggestions={[{ productId: 1, name: 'Amoxicillin', quantity: 10, source: 'ocr', confidence: 0.9 }]} rxProducts={[]} defaultValidUntil="2026-12-31" warnings={[]} prescriber={{ ocrNmcNumber: null, ocrDoctorName: 'Dr. Shrestha', controlled: ['Tramadol'] }} />,
  <RejectForm key="reject" action={action} prescriptionId="rx1" reasons={[{ value: 'other', label: 'Other' }]} />,
  <RxFileViewer key="viewer" fileUrl="/api/prescriptions/rx1/file" pageCount={2} />,
  <SignInForm key="sign-in" action={action} next="/" />,
  <RegisterForm key="register" action={action} next="/" />,
  <TwoFactorForm key="two-factor" action={action} next="/" />,
  <ResetPasswordForm key="reset" action={action} />,
  <ForgotPasswordForm key="forgot" action={action} />,
];

describe('the cart, checkout, order, prescription and sign-in components in two languages', () => {
  let errors: MockInstance;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errors.mockRestore());

  it('keep today’s English words', async () => {
    const text = await textOf('en', pieces());
    for (const words of [
      'Only 2 left. Lower the quantity to continue.',
      'Remove Cetamol from cart',
      'Add Cetamol to cart',
      'Add Rs. 925.00 more for free delivery (orders from Rs. 1,000.00).',
      'To pay cash on delivery, verify your mobile number with a code we send by SMS.',
      'Payment: Paid',
      'by the pharmacy',
      'Cash on delivery · Refund due',
      'Try Khalti again',
      'Pay with eSewa instead',
      'Controlled: Tramadol.',
      '0 of 1 acknowledged.',
      'Page 1 of 2',
      'Interaction: aspirin with warfarin',
      'Ecosprin 75 and Warf 5 (ordered 2026-11-20 in MN-261120-AB12CD34). Raises the risk of bleeding. Avoid together.',
    ]) expect(text, words).toContain(words);
    expect(errors).not.toHaveBeenCalled();
  });

  it('have every word in Nepali, with no message missing or misformatted', async () => {
    const text = await textOf('ne', pieces());
    expect(text).toMatch(/\p{Script=Devanagari}/u);
    expect(text).not.toMatch(/\b(orders|auth)\.[a-zA-Z]+\./);
    // The warning's frame in Nepali; the clinical facts as published.
    expect(text).toContain('अन्तरक्रिया: aspirin र warfarin');
    expect(text).toContain('Ecosprin 75 र Warf 5 (2026-11-20 मा MN-261120-AB12CD34 मा अर्डर गरिएको)। Raises the risk of bleeding. Avoid together.');
    for (const english of ['Quantity', 'Interaction:', 'ordered 2026', 'Remove', 'Subtotal', 'Delivery address', 'Place order', 'Order placed', 'Cancel order', 'Upload prescription', 'Safety checks', 'Password', 'Sign in']) expect(text, english).not.toContain(english);
    expect(errors).not.toHaveBeenCalled();
  });
});
