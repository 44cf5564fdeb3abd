import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Keeps webhooks from being aimed at us (SSRF): a URL an admin registers is checked when saved,
 * and every address its host resolves to is checked again at each send, on the connection itself
 * (lib/webhooks/post.ts passes `guardedLookup` to the socket), so a name that later resolves to
 * 127.0.0.1 or the cloud metadata address is refused too.
 */
export type AddressPolicy = { production: boolean; allowLoopback: boolean };

export class WebhookAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookAddressError';
  }
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

// Private, shared, link-local (169.254.169.254 is the metadata service), documentation, multicast, reserved.
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** Why this address may not receive webhooks, or null when it may. */
export function refusedAddress(address: string, policy: AddressPolicy): string | null {
  const family = isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (LOOPBACK.check(address, type)) return policy.allowLoopback ? null : `${address} is this machine (loopback)`;
  if (PRIVATE.check(address, type)) return `${address} is a private, link-local or reserved address`;
  return null;
}

const isLoopbackName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/** The URL as saved, or a WebhookAddressError saying what is wrong with it. DNS is not asked here. */
export function checkWebhookUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookAddressError('Enter a full URL, such as https://partner.example.com/webhooks/medinest.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookAddressError('Only https:// URLs can receive webhooks.');
  if (url.username || url.password) throw new WebhookAddressError('Put no user name or password in the URL; the signature proves who sent it.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host) !== 0;
  const loopback = literal ? LOOPBACK.check(host, isIP(host) === 4 ? 'ipv4' : 'ipv6') : isLoopbackName(host);
  // Plain http is only for a receiver on this machine while developing, where nothing crosses a network.
  if (url.protocol === 'http:' && policy.production && !(policy.allowLoopback && loopback)) throw new WebhookAddressError('Only https:// URLs can receive webhooks.');
  if (literal) {
    const refused = refusedAddress(host, policy);
    if (refused) throw new WebhookAddressError(`This URL points inside a private network: ${refused}.`);
  } else if (isLoopbackName(host)) {
    if (!policy.allowLoopback) throw new WebhookAddressError('This URL points at this machine (localhost).');
  } else if (!host.includes('.')) {
    throw new WebhookAddressError('Use a public host name, such as partner.example.com.');
  }
  return url;
}

export type Lookup = (hostname: string) => Promise<{ address: string; family: number }[]>;
const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Every address the host resolves to must be allowed (one bad answer refuses all); the first is used. */
export async function resolveAllowed(hostname: string, policy: AddressPolicy, lookup: Lookup = systemLookup): Promise<{ address: string; family: 4 | 6 }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const answers = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host);
  if (answers.length === 0) throw new WebhookAddressError(`${host} does not resolve`);
  for (const answer of answers) {
    const refused = refusedAddress(answer.address, policy);
    if (refused) throw new WebhookAddressError(`${host} resolves to ${refused}`);
  }
  return { address: answers[0]!.address, family: answers[0]!.family === 6 ? 6 : 4 };
}

/** A `lookup` for http.request: the socket connects only to an address resolveAllowed accepted. */
export function guardedLookup(policy: AddressPolicy, lookup?: Lookup) {
  return (hostname: string, options: { all?: boolean }, callback: (error: Error | null, address: string | { address: string; family: number }[], family?: number) => void) => {
    resolveAllowed(hostname, policy, lookup).then(
      ({ address, family }) => (options.all ? callback(null, [{ address, family }]) : callback(null, address, family)),
      (error: Error) => callback(error, ''),
    );
  };
}
