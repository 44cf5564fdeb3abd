import { z } from 'zod';
import { existingPassword, newPassword } from '@/lib/auth/password-policy';
import { email, nepaliMobile, plainText } from './fields';

export const registerSchema = z
  .object({
    name: plainText('Name', { max: 100 }),
    email,
    phone: nepaliMobile,
    password: newPassword,
    confirmPassword: z.string().max(128, 'Password must be at most 128 characters'),
    // Where to return after confirming the email (checked to be a path on this site where it is used).
    next: z.string().max(500).optional(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'Passwords do not match' });

export const signInSchema = z.object({
  email,
  password: existingPassword,
  next: z.string().max(500).optional(),
});

export const twoFactorCodeSchema = z.object({
  code: z
    .string({ error: 'Enter the code from your authenticator app' })
    .trim()
    .min(1, 'Enter the code from your authenticator app')
    .max(20, 'Codes are 6 digits, or a recovery code like abcde-12345')
    .transform((v) => v.replace(/\s/g, '').toLowerCase())
    .refine((v) => /^\d{6}$/.test(v) || /^[a-z0-9]{5}-?[a-z0-9]{5}$/.test(v), 'Codes are 6 digits, or a recovery code like abcde-12345'),
});

export const totpCodeSchema = z.object({
  code: z
    .string({ error: 'Enter the 6-digit code' })
    .trim()
    .transform((v) => v.replace(/\s/g, ''))
    .refine((v) => /^\d{6}$/.test(v), 'Enter the 6-digit code from your authenticator app'),
});

export const forgotPasswordSchema = z.object({ email });

export const resetTokenSchema = z
  .string()
  .min(20, 'This reset link is invalid')
  .max(200, 'This reset link is invalid')
  .regex(/^[A-Za-z0-9_-]+$/, 'This reset link is invalid');

/** The reset form; the token comes from an httpOnly cookie, not the form. */
export const resetPasswordSchema = z
  .object({
    password: newPassword,
    confirmPassword: z.string().max(128, 'Password must be at most 128 characters'),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'Passwords do not match' });

export const changePasswordSchema = z
  .object({
    currentPassword: existingPassword,
    password: newPassword,
    confirmPassword: z.string().max(128, 'Password must be at most 128 characters'),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'Passwords do not match' });

export const profileSchema = z.object({
  name: plainText('Name', { max: 100 }),
  phone: nepaliMobile,
});

/** The token of a staff enrolment link (lib/auth/enrolment-link-token.ts: 32 random bytes, base64url). */
export const enrolmentTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'This enrolment link is invalid');
