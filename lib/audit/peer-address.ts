import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { isIP } from 'node:net';

/**
 * The TCP peer of the request being handled. Next gives route handlers, server actions and
 * proxy.ts no socket (NextRequest has no `ip`, and it only fills X-Forwarded-For from the socket
 * when a client sent none), so instrumentation.ts installs this hook: every request the Node server
 * receives runs inside a context holding its socket address. Nothing a client sends can set it.
 */
type Peer = { address: string | null };

// On globalThis: instrumentation and each route are bundled apart, but share one process.
const globalForPeer = globalThis as typeof globalThis & { medinestPeerAddress?: AsyncLocalStorage<Peer>; medinestPeerHook?: boolean };
const storage = (globalForPeer.medinestPeerAddress ??= new AsyncLocalStorage<Peer>());

/** Wraps every HTTP server's request event in the peer context; safe to call more than once. */
export function installPeerAddressHook(): void {
  if (globalForPeer.medinestPeerHook) return;
  globalForPeer.medinestPeerHook = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const request = args[0] as http.IncomingMessage;
    return storage.run({ address: normaliseAddress(request.socket?.remoteAddress) }, () => emit.call(this, event, ...args));
  };
}

/** The socket address of the current request, or null outside a hooked request. */
export function peerAddress(): string | null {
  return storage.getStore()?.address ?? null;
}

/** An IPv4 or IPv6 address in one spelling (IPv4-mapped IPv6 unwrapped), or null if not one. */
export function normaliseAddress(value: string | null | undefined): string | null {
  const candidate = value?.trim() ?? '';
  if (!candidate || candidate.length > 45) return null;
  const unmapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(candidate)?.[1] ?? candidate;
  return isIP(unmapped) ? unmapped.toLowerCase() : null;
}
