/** A backup or restore that was refused for a reason the operator can fix; printed without a stack. */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}
