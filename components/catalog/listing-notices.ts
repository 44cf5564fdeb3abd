import en from '@/messages/en/catalog.json';
import { MAX_PAGE } from '@/lib/catalog/listing-params';

export type NoticeKey = keyof typeof en.notice;

// lib/catalog writes its notes about the address in English (its tests read them); each is one of
// the English messages, so the message it matches names its translation.
const KEY_OF_NOTICE = new Map(Object.entries(en.notice).map(([key, text]) => [text.replace('{max}', String(MAX_PAGE)), key as NoticeKey]));

/** The message key for one of lib/catalog's listing notices, or null for a notice it does not know. */
export function noticeKey(notice: string): NoticeKey | null {
  return KEY_OF_NOTICE.get(notice) ?? null;
}
