import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/auth/action-result';
import { changePasswordSchema, profileSchema, registerSchema, signInSchema, twoFactorCodeSchema } from './auth';
import { normaliseNepaliMobile } from './fields';

const valid = { name: 'Sita Sharma', email: ' Sita.New@Example.COM ', phone: '+977 984-1234567', password: 'Mountain-river-2081', confirmPassword: 'Mountain-river-2081' };
const errorsFor = (input: Record<string, unknown>) => {
  const result = registerSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('registration input', () => {
  it('accepts a valid form and normalises email and mobile', () => {
    expect(registerSchema.parse(valid)).toMatchObject({ email: 'sita.new@example.com', phone: '9841234567' });
  });

  it('gives a field error for every empty field', () => {
    const errors = errorsFor({ name: '', email: '', phone: '', password: '', confirmPassword: '' });
    expect(Object.keys(errors).sort()).toEqual(['email', 'name', 'password', 'phone']);
  });

  it('refuses too long values', () => {
    const errors = errorsFor({ ...valid, name: 'n'.repeat(101), email: `${'e'.repeat(250)}@x.com`, password: 'p'.repeat(129), confirmPassword: 'p'.repeat(129) });
    expect(errors.name).toEqual(['Name must be at most 100 characters']);
    expect(errors.email?.[0]).toMatch(/at most 254/);
    expect(errors.password).toContain('Password must be at most 128 characters');
  });

  it('refuses markup in names', () => {
    expect(errorsFor({ ...valid, name: '<script>alert(1)</script>' }).name).toEqual(['Name cannot contain < or >']);
  });

  it('refuses wrong formats: email, mobile, short or common password, mismatched confirmation', () => {
    expect(errorsFor({ ...valid, email: 'not-an-email' }).email).toEqual(['Enter a valid email address']);
    expect(errorsFor({ ...valid, phone: '9612345678' }).phone?.[0]).toMatch(/Nepali mobile/);
    expect(errorsFor({ ...valid, password: 'short-1', confirmPassword: 'short-1' }).password).toEqual(['Password must be at least 10 characters']);
    expect(errorsFor({ ...valid, password: 'Password123', confirmPassword: 'Password123' }).password?.[0]).toMatch(/too common/);
    expect(errorsFor({ ...valid, password: '1234567890', confirmPassword: '1234567890' }).password?.[0]).toMatch(/too common/);
    expect(errorsFor({ ...valid, confirmPassword: 'something-else-entirely' }).confirmPassword).toEqual(['Passwords do not match']);
  });
});

describe('Nepali mobile numbers', () => {
  it('accepts 97/98 numbers with or without +977 and stores the 10 digits', () => {
    expect(normaliseNepaliMobile('9841234567')).toBe('9841234567');
    expect(normaliseNepaliMobile('+9779712345678')).toBe('9712345678');
    expect(normaliseNepaliMobile('977 9812345678')).toBe('9812345678');
  });

  it('refuses landlines, short numbers and other countries', () => {
    for (const bad of ['014412345', '984123456', '98412345678', '+919841234567', '9641234567', 'abcdefghij']) {
      expect(normaliseNepaliMobile(bad)).toBeNull();
    }
  });
});

describe('other auth forms', () => {
  it('sign-in needs an email and a bounded password', () => {
    const result = signInSchema.safeParse({ email: 'x', password: 'p'.repeat(129) });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(['email', 'password']);
  });

  it('two-factor codes are six digits or a recovery code', () => {
    expect(twoFactorCodeSchema.parse({ code: ' 123 456 ' }).code).toBe('123456');
    expect(twoFactorCodeSchema.parse({ code: 'ABCDE-23456' }).code).toBe('abcde-23456');
    expect(twoFactorCodeSchema.safeParse({ code: '<b>1</b>' }).success).toBe(false);
    expect(twoFactorCodeSchema.safeParse({ code: '' }).success).toBe(false);
  });

  it('profile and change-password forms refuse bad input per field', () => {
    const profile = profileSchema.safeParse({ name: '', phone: '12' });
    expect(profile.success ? {} : Object.keys(fieldErrorsOf(profile.error)).sort()).toEqual(['name', 'phone']);
    const change = changePasswordSchema.safeParse({ currentPassword: '', password: 'qwertyuiop', confirmPassword: 'qwertyuiop' });
    expect(change.success ? {} : Object.keys(fieldErrorsOf(change.error)).sort()).toEqual(['currentPassword', 'password']);
  });
});
