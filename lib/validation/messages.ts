import { z } from 'zod';
import { MESSAGE_LOCALES } from '@/lib/notifications/locale';
import { checkbox } from './fields';

/** The account page's "Messages" form: language, and the channels of order updates. */
export const messagePreferencesSchema = z.object({
  locale: z.enum(MESSAGE_LOCALES, { error: 'Choose English or Nepali' }),
  orderUpdatesByEmail: checkbox,
  orderUpdatesBySms: checkbox,
});

/** The code from the SMS; spaces allowed ("482 913"), anything else is a wrong code, not a form error. */
export const phoneCodeSchema = z.object({
  code: z.string().trim().min(1, 'Enter the code from the SMS').max(20, 'Enter the 6-digit code from the SMS'),
  next: z.string().max(500).optional(),
});

export const sendPhoneCodeSchema = z.object({ next: z.string().max(500).optional() });
