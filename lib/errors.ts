/**
 * The base of every typed domain error: its `publicMessage` (and field errors) are safe to show,
 * so server actions turn it into `{ ok: false, message }` (lib/auth/action-core.ts). Anything
 * else is logged with the request id and shown as a generic message. `logMessage` is for the log
 * only, when the details must not reach the user.
 */
export class DomainError extends Error {
  constructor(
    readonly publicMessage: string,
    readonly fieldErrors?: Record<string, string[]>,
    logMessage?: string,
  ) {
    super(logMessage ?? publicMessage);
    this.name = new.target.name;
  }
}
