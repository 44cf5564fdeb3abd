import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/auth/action-result';
import { addressSchema } from './address';

const valid = {
  label: 'Home',
  recipientName: 'Sita Sharma',
  phone: '9841234567',
  province: 'Bagmati',
  district: 'Lalitpur',
  municipality: 'Lalitpur Metropolitan City',
  ward: '5',
  street: 'Jhamsikhel',
  landmark: '',
};
const errorsFor = (input: Record<string, unknown>) => {
  const result = addressSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('address input', () => {
  it('accepts a valid address; an unticked checkbox is false and an empty landmark is absent', () => {
    expect(addressSchema.parse(valid)).toMatchObject({ ward: 5, isDefault: false, landmark: undefined });
    expect(addressSchema.parse({ ...valid, isDefault: 'on' }).isDefault).toBe(true);
  });

  it('gives a field error for each empty required field', () => {
    const errors = errorsFor({ label: '', recipientName: '', phone: '', province: '', district: '', municipality: '', ward: '', street: '' });
    expect(Object.keys(errors).sort()).toEqual(['district', 'label', 'municipality', 'phone', 'province', 'recipientName', 'street', 'ward']);
  });

  it('refuses a district from another province, a ward out of range, markup and over-long text', () => {
    expect(errorsFor({ ...valid, district: 'Kaski' }).district).toEqual(['Choose a district in the selected province']);
    expect(errorsFor({ ...valid, province: 'Atlantis' }).province).toEqual(['Choose a province']);
    expect(errorsFor({ ...valid, ward: '41' }).ward).toEqual(['Ward must be a number from 1 to 40']);
    expect(errorsFor({ ...valid, ward: 'five' }).ward?.length).toBe(1);
    expect(errorsFor({ ...valid, street: '<img src=x onerror=alert(1)>' }).street).toEqual(['Street / tole cannot contain < or >']);
    expect(errorsFor({ ...valid, landmark: 'x'.repeat(201) }).landmark).toEqual(['Landmark must be at most 200 characters']);
  });
});
