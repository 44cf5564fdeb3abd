import { z } from 'zod';
import commonPasswords from './common-passwords.json';

export const PASSWORD_MIN_LENGTH = 10;
// argon2 accepts anything, but an unbounded password is a cheap way to burn server CPU.
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set<string>(commonPasswords);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/** A new password: long enough, not absurdly long, not one of the passwords attackers try first. */
export const newPassword = z
  .string({ error: 'Password is required' })
  .min(1, 'Password is required')
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((p) => !isCommonPassword(p), 'This password is too common. Choose something harder to guess.')
  .refine((p) => p.trim().length > 0, 'Password cannot be only spaces');

/** A password being checked (sign-in, current password): only bounded, never judged. */
export const existingPassword = z
  .string({ error: 'Password is required' })
  .min(1, 'Password is required')
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);
