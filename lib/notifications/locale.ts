/**
 * The language a shopper's messages are written in: the one place that decides it. Today it is the
 * `locale` stored on the user (English unless they chose Nepali on the account page); when the
 * shop gains a locale of its own (issue 15), only this changes.
 */
import type { Locale } from '@/lib/i18n/locales';

export const MESSAGE_LOCALES = ['en', 'ne'] as const satisfies readonly Locale[];
export type MessageLocale = Locale;

export const MESSAGE_LOCALE_LABELS: Record<MessageLocale, string> = { en: 'English', ne: 'नेपाली (Nepali)' };

export function messageLocale(user: { locale?: string | null }): MessageLocale {
  return user.locale === 'ne' ? 'ne' : 'en';
}
