import enAccount from '@/messages/en/account.json';
import enAdmin from '@/messages/en/admin.json';
import enAuth from '@/messages/en/auth.json';
import enCatalog from '@/messages/en/catalog.json';
import enCommon from '@/messages/en/common.json';
import enEmail from '@/messages/en/email.json';
import enErrors from '@/messages/en/errors.json';
import enFatal from '@/messages/en/fatal.json';
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
import neFatal from '@/messages/ne/fatal.json';
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
 *
 * The types are the files' text, but in the Next build each message is compiled for next-intl's
 * formatter (next.config.mjs): `{label} is required` arrives as `[["label"], " is required"]`.
 * So code reads a message's words through a translator (./translator.ts, next-intl's own), never
 * as a property of MESSAGES; lib/i18n/precompiled-messages.test.ts checks both forms read alike.
 */
const en = { common: enCommon, catalog: enCatalog, orders: enOrders, auth: enAuth, account: enAccount, admin: enAdmin, manage: enManage, info: enInfo, email: enEmail, errors: enErrors, notifications: enNotifications, fatal: enFatal };
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  ne: { common: neCommon, catalog: neCatalog, orders: neOrders, auth: neAuth, account: neAccount, admin: neAdmin, manage: neManage, info: neInfo, email: neEmail, errors: neErrors, notifications: neNotifications, fatal: neFatal } as Messages,
};

/**
 * The words a part of the shop's client components read, by namespace or dotted path
 * (`['common', 'orders.cartLink']`). Every page's HTML carries its client messages twice (markup
 * and flight data), so each layout hands its client components only what they use
 * (components/layout/client-messages.tsx); emails, SMS and lib's errors are written on the server only.
 */
export type ClientMessagePath = Exclude<keyof Messages, 'email' | 'errors' | 'notifications'> | `${Exclude<keyof Messages, 'email' | 'errors' | 'notifications'>}.${string}`;

export function pickMessages(locale: Locale, paths: readonly ClientMessagePath[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = MESSAGES[locale];
    for (const key of keys) from = (from as Record<string, unknown> | undefined)?.[key];
    if (from === undefined) throw new Error(`No messages at ${path}`);
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Record<string, unknown>;
    into[keys.at(-1)!] = from;
  }
  return picked;
}
