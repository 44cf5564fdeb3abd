import 'server-only';
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
    provider = id === 'esewa' ? esewaProvider() : khaltiProvider();
    registry.set(id, provider);
  }
  return provider;
}

/** The registry with some providers built from other configuration (tests: sandboxes on random ports). */
export function paymentProvidersWith(configs: { esewa?: EsewaConfig; khalti?: KhaltiConfig }): (id: OnlineMethod) => PaymentProvider {
  const esewa = configs.esewa ? esewaProvider(configs.esewa) : undefined;
  const khalti = configs.khalti ? khaltiProvider(configs.khalti) : undefined;
  return (id) => (id === 'esewa' ? esewa : khalti) ?? paymentProvider(id);
}

export const PROVIDER_LABELS: Record<OnlineMethod, string> = { esewa: 'eSewa', khalti: 'Khalti' };
