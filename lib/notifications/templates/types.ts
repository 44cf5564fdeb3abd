export type EmailTemplate<P> = {
  subject(payload: P): string;
  text(payload: P): string;
  /** Must HTML-escape every value taken from the payload (lib/notifications/escape-html). */
  html(payload: P): string;
  /** Payload fields that grant access (sign-in links): the dispatcher blanks them once the email is sent or given up on, never while a retry is pending. */
  secretFields?: readonly (keyof P & string)[];
};

/** Identity helper that fixes the payload type of a template. */
export function defineTemplate<P>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}
