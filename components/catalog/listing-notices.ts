import { createTranslator } from 'next-intl';
import { MAX_PAGE } from '@/lib/catalog/listing-params';
import { MESSAGES } from '@/lib/i18n/messages';

export type NoticeKey = keyof typeof MESSAGES.en.catalog.notice;

// lib/catalog writes its notes about the address in English (its tests read them); each is one of
// the English messages, so the message it matches names its translation.
const english = createTranslator({ locale: 'en', messages: MESSAGES.en, namespace: 'catalog.notice' });
const KEY_OF_NOTICE = new Map((Object.keys(MESSAGES.en.catalog.notice) as NoticeKey[]).map((key) => [english(key, { max: MAX_PAGE }), key]));

/** The message key for one of lib/catalog's listing notices, or null for a notice it does not know. */
export function noticeKey(notice: string): NoticeKey | null {
  return KEY_OF_NOTICE.get(notice) ?? null;
}
