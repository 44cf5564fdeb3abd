'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db/client';
import { userAction } from '@/lib/auth/action';
import { createAddress } from '@/lib/auth/account/addresses';
import { redirect } from '@/lib/i18n/navigation';
import { resendVerificationEmail } from '@/lib/auth/email-verification';
import { placeOrderFromCart } from '@/lib/orders/checkout-cart';
import { checkoutFormSchema } from '@/lib/orders/validation';
import { checkoutPrescriptionSchema } from '@/lib/prescriptions/checkout';
import { parseLinePatientFields } from '@/lib/patients/validation';
import { addressSchema } from '@/lib/validation/address';

/** The cart is read on the server; the form only says where, how to pay, and which prescriptions. */
const placeOrderFormSchema = checkoutFormSchema
  .omit({ prescriptionIds: true })
  .extend(checkoutPrescriptionSchema.shape)
  .extend({ linePatient: z.unknown().optional().transform(parseLinePatientFields) });

export const placeOrderAction = userAction(placeOrderFormSchema, async ({ linePatient, ...input }, user) => {
  // A second press after a lost answer finds its order by the checkout key, not an empty cart.
  const order = await placeOrderFromCart({ ...input, userId: user.id, linePatients: linePatient });
  revalidatePath('/cart');
  return redirect({ href: order.status === 'pending_payment' ? `/checkout/pay/${order.number}` : `/orders/${order.number}?placed=1`, locale: await getLocale() });
});

/** "Add a new address" without leaving checkout; the address book itself lives in /account. */
export const addCheckoutAddressAction = userAction(addressSchema, async (input, user) => {
  await createAddress(db, user.id, { ...input, isDefault: true });
  revalidatePath('/checkout');
  return { ok: true, message: (await getTranslations('orders.checkout'))('addressAdded') };
});

/** The button on checkout's "confirm your email" notice; limited per account in lib/auth/email-verification. */
export const resendVerificationEmailAction = userAction(z.object({}), async (_input, user) => {
  const outcome = await resendVerificationEmail(user.id);
  const t = await getTranslations('orders.checkout.verifyEmail');
  if (outcome === 'already-verified') {
    revalidatePath('/checkout');
    return { ok: true, message: t('alreadyVerified') };
  }
  return { ok: true, message: t('sent', { email: user.email }) };
});
