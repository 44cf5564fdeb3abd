import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import ne from '@/messages/ne.json';
import type { MessageLocale } from '@/lib/notifications/locale';
import { INTL_LOCALE_TAGS } from './locales';

/**
 * The shop's words in English and Nepali: messages/<locale>.json, ICU syntax, read through
 * next-intl. Pages will read them through next-intl's request config; what is written outside a
 * request (emails sent by the outbox dispatcher) uses this translator with the reader's locale.
 */
export const MESSAGES = { en, ne } as const;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for one namespace, e.g. `email.order-received`. */
export function translatorFor(locale: MessageLocale, namespace: string): Translate {
  // The namespace is chosen at run time (a template's name), so next-intl's key typing cannot follow it;
  // lib/i18n/messages.test.ts checks both files have the same keys and placeholders instead.
  const t = createTranslator({ locale: INTL_LOCALE_TAGS[locale], messages: MESSAGES[locale] as typeof en, namespace: namespace as never }) as unknown as Translate;
  return (key, values) => t(key, values);
}
