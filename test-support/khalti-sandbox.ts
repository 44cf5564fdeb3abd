import { KHALTI_TEST_SECRET_KEY } from '@/lib/env-schema';
import { startKhaltiSandbox } from '@/lib/payments/khalti-sandbox';

/**
 * Starts a Khalti sandbox on a random port and points this process's Khalti configuration at it.
 * Call from `vi.hoisted` (dynamic import), before anything imports lib/env.
 */
export async function startKhaltiSandboxForThisProcess() {
  const sandbox = await startKhaltiSandbox({ secretKey: KHALTI_TEST_SECRET_KEY });
  process.env.KHALTI_BASE_URL = sandbox.baseUrl;
  process.env.KHALTI_SECRET_KEY = KHALTI_TEST_SECRET_KEY;
  process.env.KHALTI_TIMEOUT_MS = '1500';
  return sandbox;
}
