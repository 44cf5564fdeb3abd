import 'server-only';
import { metrics } from '@/lib/observability/metrics';
import type { EsewaConfig, KhaltiConfig } from '../config';
import { esewaProvider } from './esewa';
import { khaltiProvider } from './khalti';
import type { OnlineMethod, PaymentProvider } from './types';

export { isOnlineMethod, ONLINE_METHODS, type OnlineMethod, type PaymentProvider, type ProviderVerdict, type StoredAttempt, type VerifiedReturn } from './types';

// Built on first use: configuration is read at request time, not while `next build` imports modules.
const registry = new Map<OnlineMethod, PaymentProvider>();

/** The one registry of payment providers; everything else asks it by the attempt's provider. */
export function paymentProvider(id: OnlineMethod): PaymentProvider {
  let provider = registry.get(id);
  if (!provider) {
    provider = timed(id === 'esewa' ? esewaProvider() : khaltiProvider());
    registry.set(id, provider);
  }
  return provider;
}

/** Every status-API call timed for /api/metrics, by provider and what it answered. */
function timed(provider: PaymentProvider): PaymentProvider {
  return {
    ...provider,
    async lookup(attempt) {
      const stop = metrics.paymentLookups.startTimer({ provider: provider.id });
      const verdict = await provider.lookup(attempt);
      stop({ outcome: verdict.kind === 'status' ? verdict.status : 'unknown' });
      return verdict;
    },
  };
}

/** The registry with some providers built from other configuration (tests: sandboxes on random ports). */
export function paymentProvidersWith(configs: { esewa?: EsewaConfig; khalti?: KhaltiConfig }): (id: OnlineMethod) => PaymentProvider {
  const esewa = configs.esewa ? timed(esewaProvider(configs.esewa)) : undefined;
  const khalti = configs.khalti ? timed(khaltiProvider(configs.khalti)) : undefined;
  return (id) => (id === 'esewa' ? esewa : khalti) ?? paymentProvider(id);
}

export const PROVIDER_LABELS: Record<OnlineMethod, string> = { esewa: 'eSewa', khalti: 'Khalti' };
