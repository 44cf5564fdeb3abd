'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requestIp } from '@/lib/audit/request-ip';
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from '@/lib/auth/account/addresses';
import { after } from 'next/server';
import { changePassword, updateMessagePreferences, updateProfile } from '@/lib/auth/account/profile';
import { sendPhoneCode, verifyPhoneCode } from '@/lib/auth/phone-verification';
import { dispatchDueSms } from '@/lib/notifications/sms/dispatch-sms';
import { logger } from '@/lib/observability/logger';
import { env } from '@/lib/env';
import { redirect } from '@/lib/i18n/navigation';
import { sameOriginPath } from '@/lib/security/redirect-target';
import { messagePreferencesSchema, phoneCodeSchema, sendPhoneCodeSchema } from '@/lib/validation/messages';
import { userAction } from '@/lib/auth/action';
import { getCurrentSession } from '@/lib/auth/current-user';
import { enrolmentTokenFromCookie } from '@/lib/auth/enrolment-cookie';
import { ENROLMENT_COOKIE, ENROLMENT_COOKIE_PATH } from '@/lib/auth/enrolment-link-token';
import { signOutDevice, signOutEverywhere } from '@/lib/auth/sessions/devices';
import { refreshSession, signOutCurrentUser, upgradeSession, upgradeSessionAfterEnrolment } from '@/lib/auth/sign-in-flow';
import { confirmEnrolment, verifySecondFactor } from '@/lib/auth/two-factor';
import { addressIdSchema, addressSchema } from '@/lib/validation/address';
import { sessionIdSchema, signOutEverywhereSchema } from '@/lib/validation/sessions';
import { changePasswordSchema, profileSchema, totpCodeSchema, twoFactorCodeSchema } from '@/lib/validation/auth';

export const updateProfileAction = userAction(profileSchema, async (input, user) => {
  await updateProfile(user, input);
  revalidatePath('/account');
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('profileSaved') };
});

export const updateMessagePreferencesAction = userAction(messagePreferencesSchema, async (input, user) => {
  await updateMessagePreferences(user, input);
  revalidatePath('/account');
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('messagesSaved') };
});

/** Sends the code, then hands the outbox a nudge after the response: nobody should wait a cron minute for it. */
export const sendPhoneCodeAction = userAction(sendPhoneCodeSchema, async (_input, user) => {
  const sent = await sendPhoneCode(user, await requestIp());
  const t = await getTranslations('account.actions');
  if ('alreadyVerified' in sent) return { ok: true, message: t('phoneAlreadyVerified') };
  after(() => dispatchDueSms({ limit: 10 }).catch((error: unknown) => logger.warn({ error }, 'SMS dispatch after a code failed; the cron job will send it')));
  revalidatePath('/account/phone');
  return { ok: true, message: t('codeSent', { phone: sent.phone }) };
});

export const verifyPhoneCodeAction = userAction(phoneCodeSchema, async (input, user) => {
  await verifyPhoneCode(user, input.code, await requestIp());
  revalidatePath('/account');
  return redirect({ href: sameOriginPath(input.next, env.APP_URL, '/account?phone=verified'), locale: await getLocale() });
});

export const changePasswordAction = userAction(changePasswordSchema, async (input, user) => {
  const ip = await requestIp();
  const { twoFactorVerified } = await getCurrentSession();
  await changePassword(user, input, ip);
  // The change ended every session; this browser gets a new one so the user stays signed in here.
  await refreshSession(user, twoFactorVerified, ip);
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('passwordChanged') };
});

export const createAddressAction = userAction(addressSchema, async (input, user) => {
  await createAddress(db, user.id, input);
  return redirect({ href: '/account/addresses?saved=1', locale: await getLocale() });
});

export const updateAddressAction = userAction(addressSchema.and(addressIdSchema), async (input, user) => {
  await updateAddress(db, user.id, input.id, input);
  return redirect({ href: '/account/addresses?saved=1', locale: await getLocale() });
});

export const deleteAddressAction = userAction(addressIdSchema, async (input, user) => {
  await deleteAddress(db, user.id, input.id);
  revalidatePath('/account/addresses');
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('addressDeleted') };
});

export const setDefaultAddressAction = userAction(addressIdSchema, async (input, user) => {
  await setDefaultAddress(db, user.id, input.id);
  revalidatePath('/account/addresses');
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('defaultAddressChanged') };
});

/** Confirms enrolment, upgrades this session to two-factor, and hands back the recovery codes once. */
export const confirmTwoFactorAction = userAction(totpCodeSchema, async (input, user) => {
  const { recoveryCodes } = await confirmEnrolment(user, input.code, await enrolmentTokenFromCookie(), await requestIp());
  (await cookies()).delete({ name: ENROLMENT_COOKIE, path: ENROLMENT_COOKIE_PATH });
  await upgradeSessionAfterEnrolment(user, await requestIp());
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('twoFactorOn'), data: { recoveryCodes } };
});

/** For a session opened before two-factor was turned on elsewhere: prove the code once. */
export const verifyTwoFactorAction = userAction(twoFactorCodeSchema, async (input, user) => {
  const ip = await requestIp();
  await verifySecondFactor(user.id, input.code, ip);
  return upgradeSession(user, ip);
});

/** Signs one of the user's other devices out (a session id of someone else's changes nothing). */
export const signOutDeviceAction = userAction(sessionIdSchema, async (input, user) => {
  const t = await getTranslations('account.actions');
  if (!(await signOutDevice(db, user, input.id))) return { ok: false, message: t('deviceAlreadySignedOut') };
  revalidatePath('/account/sessions');
  return { ok: true, message: t('signedOut') };
});

export const signOutEverywhereAction = userAction(signOutEverywhereSchema, async (input, user) => {
  const { sessionId } = await getCurrentSession();
  if (input.scope === 'all') {
    await signOutEverywhere(db, user, sessionId, true);
    return signOutCurrentUser(await requestIp());
  }
  const count = await signOutEverywhere(db, user, sessionId, false);
  revalidatePath('/account/sessions');
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('signedOutOthers', { count }) };
});
