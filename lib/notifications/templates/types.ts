import type { Translate } from '@/lib/i18n/translator';
import type { MessageLocale } from '../locale';

export type EmailLink = { href: string; label: string };

/** A paragraph, a bulleted list, or a row of links. Plain text: rendering escapes it for HTML. */
export type EmailBlock = string | { list: string[] } | { links: EmailLink[] };

/** What an email says, once; lib/notifications/templates/render.ts writes its text and HTML bodies. */
export type EmailContent = { subject: string; heading: string; blocks: (EmailBlock | null)[] };

export type EmailTemplate<P> = {
  /** `t` reads the template's own messages (messages/<locale>.json, `email.<template name>`), `common` those all emails share (`email.common`). */
  compose(payload: P, context: { t: Translate; common: Translate; locale: MessageLocale }): EmailContent;
  /** Payload fields that grant access (sign-in links): the dispatcher blanks them once the email is sent or given up on, never while a retry is pending. */
  secretFields?: readonly (keyof P & string)[];
};

/** Identity helper that fixes the payload type of a template. */
export function defineTemplate<P>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}
