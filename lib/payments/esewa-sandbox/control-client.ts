import type { EsewaStatus } from '@/lib/payments/esewa';
import type { StatusOverride } from './ledger';

export type SandboxCommand =
  | { action: 'override'; transactionUuid?: string; answer: StatusOverride | null }
  | { action: 'set-status'; transactionUuid: string; status: EsewaStatus }
  | { action: 'complete'; transactionUuid: string }
  | { action: 'delay'; ms: number }
  | { action: 'reset' }
  | { action: 'list' };

/** Drives a sandbox running in another process (browser tests) through its control endpoint. */
export async function controlSandbox(controlUrl: string, command: SandboxCommand): Promise<unknown> {
  const response = await fetch(controlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(command) });
  if (!response.ok) throw new Error(`Sandbox control failed: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}
