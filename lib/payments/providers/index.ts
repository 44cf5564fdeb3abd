import 'server-only';
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

export const PROVIDER_LABELS: Record<OnlineMethod, string> = { esewa: 'eSewa', khalti: 'Khalti' };
