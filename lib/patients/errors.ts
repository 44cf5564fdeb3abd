import { DomainError } from '@/lib/errors';

/** Unknown, archived, or another account's: the same answer, so ids cannot be probed. */
export class PatientNotFoundError extends DomainError {
  constructor(field = 'patientId') {
    super('Choose one of the patients on your account.', { [field]: ['Choose one of the patients on your account.'] });
  }
}

export class PatientLimitError extends DomainError {
  constructor(limit: number) {
    super(`An account can keep at most ${limit} patients. Remove one first.`);
  }
}

export class SelfPatientRemovalError extends DomainError {
  constructor() {
    super('You cannot remove yourself. You can change your details instead.');
  }
}
