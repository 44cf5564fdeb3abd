import { DomainError } from '@/lib/errors';

/** Sign-in, registration and account errors; their messages are safe to show (lib/errors.ts). */

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(tooManyAttemptsMessage(retryAfterSeconds));
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('Email or password is incorrect.');
  }
}

export class InvalidTwoFactorCodeError extends DomainError {
  constructor() {
    super('That code is not valid. Check your authenticator app and try again.', { code: ['That code is not valid'] });
  }
}

export class InvalidResetTokenError extends DomainError {
  constructor() {
    super('This reset link is invalid or has expired. Request a new one.');
  }
}

export class InvalidVerificationTokenError extends DomainError {
  constructor() {
    super('This confirmation link is invalid, has expired or was already used.');
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} not found.`);
  }
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  // Short waits (an account's growing delay) are worth counting down in seconds.
  if (retryAfterSeconds < 60) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return `Too many attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  }
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export class EnrolmentLinkRefusedError extends DomainError {}

/** A staff member without a usable one-time link from an admin cannot set up two-factor. */
export class EnrolmentLinkRequiredError extends DomainError {
  constructor() {
    super('Setting up two-factor for a staff account needs a one-time enrolment link from an administrator. Ask one to issue you a new link.');
  }
}
