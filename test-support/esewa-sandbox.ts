import { startEsewaSandbox } from '@/lib/payments/esewa-sandbox';

/**
 * Starts a sandbox on a random port and points this process's eSewa configuration at it. Call
 * from `vi.hoisted` (dynamic import), before anything imports lib/env.
 */
export async function startSandboxForThisProcess() {
  const sandbox = await startEsewaSandbox({ productCode: 'EPAYTEST', secretKey: '8gBm/:&EnhH.1/q' });
  process.env.ESEWA_FORM_URL = sandbox.formUrl;
  process.env.ESEWA_STATUS_URL = sandbox.statusUrl;
  process.env.ESEWA_STATUS_TIMEOUT_MS = '1500';
  return sandbox;
}
