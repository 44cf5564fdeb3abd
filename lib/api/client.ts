import 'server-only';
import { clientAddress } from '@/lib/audit/request-ip';
import { peerAddress } from '@/lib/audit/peer-address';
import { env } from '@/lib/env';

/** The client's address by the shop's one rule (lib/audit/request-ip.ts), read from the request itself. */
export function apiClientIp(request: Request): string | null {
  return clientAddress({ forwardedFor: request.headers.get('x-forwarded-for'), peer: peerAddress() }, env.TRUSTED_PROXY_HOPS);
}

export function apiUserAgent(request: Request): string | null {
  return request.headers.get('user-agent');
}
