import enAccount from '@/messages/en/account.json';
import enAdmin from '@/messages/en/admin.json';
import enAuth from '@/messages/en/auth.json';
import enCatalog from '@/messages/en/catalog.json';
import enCommon from '@/messages/en/common.json';
import enEmail from '@/messages/en/email.json';
import enErrors from '@/messages/en/errors.json';
import enInfo from '@/messages/en/info.json';
import enManage from '@/messages/en/manage.json';
import enNotifications from '@/messages/en/notifications.json';
import enOrders from '@/messages/en/orders.json';
import neAccount from '@/messages/ne/account.json';
import neAdmin from '@/messages/ne/admin.json';
import neAuth from '@/messages/ne/auth.json';
import neCatalog from '@/messages/ne/catalog.json';
import neCommon from '@/messages/ne/common.json';
import neEmail from '@/messages/ne/email.json';
import neErrors from '@/messages/ne/errors.json';
import neInfo from '@/messages/ne/info.json';
import neManage from '@/messages/ne/manage.json';
import neNotifications from '@/messages/ne/notifications.json';
import neOrders from '@/messages/ne/orders.json';
import type { Locale } from './locales';

/**
 * The shop's words in English and Nepali, ICU syntax, one file per area under messages/<locale>/
 * (each file is the namespace of the same name: `catalog.product.addToCart`). One file per area so
 * the people translating one part of the shop never edit the same file.
 * lib/i18n/messages.test.ts checks both languages have the same keys and placeholders.
 */
const en = { common: enCommon, catalog: enCatalog, orders: enOrders, auth: enAuth, account: enAccount, admin: enAdmin, manage: enManage, info: enInfo, email: enEmail, errors: enErrors, notifications: enNotifications };
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  ne: { common: neCommon, catalog: neCatalog, orders: neOrders, auth: neAuth, account: neAccount, admin: neAdmin, manage: neManage, info: neInfo, email: neEmail, errors: neErrors, notifications: neNotifications } as Messages,
};

/**
 * What a page's client components can ask for: everything but the emails, the SMS and push texts
 * and lib's error messages, all written on the server only (errors: lib/i18n/error-messages.ts, as
 * an action answers).
 */
export function clientMessages(locale: Locale): Omit<Messages, 'email' | 'errors' | 'notifications'> {
  const { email: _email, errors: _errors, notifications: _notifications, ...rest } = MESSAGES[locale];
  return rest;
}
