import { z } from 'zod';
import { isDistrictOf, PROVINCE_NAMES } from '@/lib/geo/nepal';
import { checkbox, nepaliMobile, optionalPlainText, plainText } from './fields';

export const addressSchema = z
  .object({
    label: plainText('Label', { max: 40 }),
    recipientName: plainText('Recipient name', { max: 100 }),
    phone: nepaliMobile,
    province: z.string({ error: 'Choose a province' }).refine((v) => PROVINCE_NAMES.includes(v), 'Choose a province'),
    district: z.string({ error: 'Choose a district' }).min(1, 'Choose a district').max(40, 'Choose a district'),
    municipality: plainText('Municipality', { max: 100 }),
    ward: z.coerce
      .number({ error: 'Ward must be a number from 1 to 40' })
      .int('Ward must be a whole number')
      .min(1, 'Ward must be a number from 1 to 40')
      .max(40, 'Ward must be a number from 1 to 40'),
    street: plainText('Street / tole', { max: 200 }),
    landmark: optionalPlainText('Landmark', 200),
    isDefault: checkbox,
  })
  .refine((v) => isDistrictOf(v.province, v.district), { path: ['district'], message: 'Choose a district in the selected province' });

export type AddressInput = z.output<typeof addressSchema>;

export const addressIdSchema = z.object({ id: z.uuid({ error: 'Invalid address' }) });
