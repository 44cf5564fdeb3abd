import { DomainError } from '@/lib/errors';

/** Approval of a controlled medicine waits until the prescriber's NMC number (and name) is recorded. */
export class PrescriberRequiredError extends DomainError {
  constructor(readonly medicines: string[], missing: { name: boolean; nmcNumber: boolean }) {
    const list = medicines.join(', ');
    const message = `${list} ${medicines.length === 1 ? 'is a controlled medicine' : 'are controlled medicines'}: enter the prescriber's name and NMC number from the prescription before approving.`;
    super(message, {
      ...(missing.nmcNumber ? { prescriberNmcNumber: ["Enter the prescriber's NMC number (required for controlled medicines)."] } : {}),
      ...(missing.name ? { prescriberName: ["Enter the prescriber's name (required for controlled medicines)."] } : {}),
    });
  }
}

/** Dispatch of a controlled line needs an approved prescription with the prescriber recorded, for the register. */
export class ControlledPrescriberMissingError extends DomainError {
  constructor(medicine: string) {
    super(`${medicine} is a controlled medicine and no approved prescription for it records the prescriber's NMC number, so it cannot be dispatched. Review a prescription that records the prescriber first.`);
  }
}
