import { createTranslator } from 'next-intl';
import type { MessageLocale } from '@/lib/notifications/locale';
import { INTL_LOCALE_TAGS } from './locales';
import { MESSAGES } from './messages';

/**
 * What is written outside a request (emails sent by the outbox dispatcher) uses this translator with
 * the reader's locale; pages read the same messages through next-intl's request config (./request.ts).
 */
export { MESSAGES };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for one namespace, e.g. `email.order-received`. */
export function translatorFor(locale: MessageLocale, namespace: string): Translate {
  // The namespace is chosen at run time (a template's name), so next-intl's key typing cannot follow it;
  // lib/i18n/messages.test.ts checks both files have the same keys and placeholders instead.
  // The ICU tag, not the bare code, so numbers in a message group and spell their digits as money does.
  const t = createTranslator({ locale: INTL_LOCALE_TAGS[locale] as MessageLocale, messages: MESSAGES[locale], namespace: namespace as never }) as unknown as Translate;
  return (key, values) => t(key, values);
}
