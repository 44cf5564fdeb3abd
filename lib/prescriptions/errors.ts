import { DomainError } from '@/lib/errors';

/** Also what a stranger gets for someone else's prescription: it does not exist for them. */
export class PrescriptionNotFoundError extends DomainError {
  constructor() {
    super('Prescription not found.');
  }
}

export class PrescriptionAlreadyReviewedError extends DomainError {
  constructor() {
    super('This prescription has already been reviewed.');
  }
}

export class PrescriptionNotUsableError extends DomainError {
  constructor() {
    super('That prescription cannot be used for this order: choose an approved, unexpired one or upload a new one.');
  }
}

export class ProductNotFoundForApprovalError extends DomainError {
  constructor() {
    super('One of the medicines to approve is not in the catalog.');
  }
}

export class ValidityInPastError extends DomainError {
  constructor() {
    super('The validity date must be today or later.', { validUntil: ['The validity date must be today or later.'] });
  }
}

/** A pharmacist's own prescription needs a second pair of eyes: a colleague reviews it. */
export class SelfReviewError extends DomainError {
  constructor() {
    super('You cannot review a prescription you uploaded yourself: ask another pharmacist to review it.');
  }
}

/** Approval waits until the pharmacist has acknowledged every safety warning (lib/safety); none blocks silently. */
export class UnacknowledgedWarningsError extends DomainError {
  constructor(readonly count: number) {
    const text = count === 1 ? 'One safety warning has' : `${count} safety warnings have`;
    super(`${text} not been acknowledged. Read each warning and tick it before approving.`, { acknowledge: [`Acknowledge ${count === 1 ? 'the warning' : `all ${count} warnings`} first.`] });
  }
}
