import { translatorFor, type Translate } from '@/lib/i18n/translator';
import { REJECTION_REASON_LABELS, REJECTION_REASONS } from '@/lib/prescriptions/validation';
import { MESSAGE_LOCALES, type MessageLocale } from './locale';

const TRANSLATORS = Object.fromEntries(MESSAGE_LOCALES.map((locale) => [locale, translatorFor(locale, 'notifications.rejectionReasons')])) as Record<MessageLocale, Translate>;

/**
 * A rejection reason as an SMS or push says it. The payload carries the reviewer's reason as the
 * English label in lower case (to sit inside the email's sentence); English shows it as it is, and
 * Nepali finds its words under `notifications.rejectionReasons.<reason>`. A reason without a label
 * (an older outbox row) stays as written.
 */
export function rejectionReasonIn(locale: MessageLocale, reason: string): string {
  if (locale === 'en') return reason;
  const known = REJECTION_REASONS.find((key) => REJECTION_REASON_LABELS[key].toLowerCase() === reason);
  return known ? TRANSLATORS[locale](known) : reason;
}
