import { translatorFor } from '@/lib/i18n/translator';
import type MessagesEn from '@/messages/en/orders.json';

/** A warning's title or detail as words and values, so each reader sees it in their language. */
export type WarningKey = keyof (typeof MessagesEn)['review']['safety']['warnings'];
export type WarningWords = { key: WarningKey; values: Record<string, string | number> };

const english = translatorFor('en', 'orders.review.safety.warnings');

/**
 * A warning's title and detail: the words (shown by components/prescriptions/safety-warnings.tsx in
 * the page's language) and the English (kept in the approval's audit record). The clinical facts
 * passed as values — effects, advice, cautions, class names — stay as published in lib/safety/data.
 */
export function worded(title: WarningWords, detail: WarningWords) {
  return { title: english(title.key, title.values), detail: english(detail.key, detail.values), words: { title, detail } };
}
