import type { Locale } from './locales';
import type { Messages } from './messages';

// next-intl checks every key a page asks for against the English messages.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
