import type { KhaltiStatus } from '@/lib/payments/khalti';
import type { KhaltiLookupOverride } from './ledger';

export type KhaltiSandboxCommand =
  | { action: 'override'; pidx?: string; answer: KhaltiLookupOverride | null }
  | { action: 'set-status'; pidx: string; status: KhaltiStatus }
  | { action: 'complete'; pidx: string }
  | { action: 'expire'; pidx: string }
  | { action: 'set-amount'; pidx: string; amountPaisa: number }
  | { action: 'delay'; ms: number }
  | { action: 'initiate-outage'; on: boolean }
  | { action: 'reset' }
  | { action: 'list' };

/** Drives a Khalti sandbox running in another process (browser tests) through its control endpoint. */
export async function controlKhaltiSandbox(controlUrl: string, command: KhaltiSandboxCommand): Promise<unknown> {
  const response = await fetch(controlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(command) });
  if (!response.ok) throw new Error(`Khalti sandbox control failed: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}
