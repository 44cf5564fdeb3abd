import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { normaliseAddress, peerAddress } from './peer-address';

/**
 * The one answer to "who is the client?", for every per-IP limit and the audit log.
 *
 * With no trusted proxy (hops 0) it is the socket address; X-Forwarded-For is ignored, since any
 * client can write it. Behind N proxies that each append what they saw (nginx's
 * $proxy_add_x_forwarded_for), it is the Nth entry from the right: the address the outermost
 * trusted proxy saw. Entries further left were written by the client and are never read.
 */
export function clientAddress(input: { forwardedFor: string | null; peer: string | null }, trustedProxyHops: number): string | null {
  if (trustedProxyHops === 0) return input.peer;
  const entries = (input.forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return input.peer;
  // Fewer entries than proxies means the request skipped one; then the furthest address known.
  return normaliseAddress(entries[Math.max(0, entries.length - trustedProxyHops)]);
}

/** The current request's client address, or null when it cannot be known. */
export async function requestIp(): Promise<string | null> {
  const requestHeaders = await headers();
  return clientAddress({ forwardedFor: requestHeaders.get('x-forwarded-for'), peer: peerAddress() }, env.TRUSTED_PROXY_HOPS);
}
