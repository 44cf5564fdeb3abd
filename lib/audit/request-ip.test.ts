import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPeerAddressHook, normaliseAddress, peerAddress } from './peer-address';
import { clientAddress } from './request-ip';

describe('client address', () => {
  it('with no trusted proxy is the socket address, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ forwardedFor: '6.6.6.6', peer: '198.51.100.20' }, 0)).toBe('198.51.100.20');
    expect(clientAddress({ forwardedFor: null, peer: '198.51.100.20' }, 0)).toBe('198.51.100.20');
    expect(clientAddress({ forwardedFor: '6.6.6.6', peer: null }, 0)).toBeNull();
  });

  it('behind one proxy is the entry that proxy appended, not the ones the client wrote', () => {
    expect(clientAddress({ forwardedFor: '6.6.6.6, 7.7.7.7, 198.51.100.20', peer: '10.0.0.2' }, 1)).toBe('198.51.100.20');
    expect(clientAddress({ forwardedFor: '198.51.100.20', peer: '10.0.0.2' }, 1)).toBe('198.51.100.20');
  });

  it('behind two proxies is the second entry from the right', () => {
    expect(clientAddress({ forwardedFor: '6.6.6.6, 198.51.100.20, 10.0.0.9', peer: '10.0.0.2' }, 2)).toBe('198.51.100.20');
  });

  it('falls back to the socket when a trusted proxy sent no header, and refuses what is not an address', () => {
    expect(clientAddress({ forwardedFor: null, peer: '10.0.0.2' }, 1)).toBe('10.0.0.2');
    expect(clientAddress({ forwardedFor: 'evil, <script>', peer: '10.0.0.2' }, 1)).toBeNull();
    expect(clientAddress({ forwardedFor: `6.6.6.6, ${'1'.repeat(60)}`, peer: '10.0.0.2' }, 1)).toBeNull();
  });

  it('spells addresses one way, so one client is one limit key', () => {
    expect(normaliseAddress('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(normaliseAddress('2001:DB8::1')).toBe('2001:db8::1');
    expect(normaliseAddress('203.0.113.9:443')).toBeNull();
    expect(normaliseAddress('')).toBeNull();
  });
});

describe('peer address hook on a real Node HTTP server', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installPeerAddressHook();
    // An await between the request and the read, as a route handler has.
    server = http.createServer(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      response.end(JSON.stringify({ peer: peerAddress() }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives the handler the socket address, which forged headers cannot change', async () => {
    const response = await fetch(url, { headers: { 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' } });
    expect(await response.json()).toEqual({ peer: '127.0.0.1' });
    const together = await Promise.all([fetch(url), fetch(url)].map(async (r) => (await r).json()));
    expect(together).toEqual([{ peer: '127.0.0.1' }, { peer: '127.0.0.1' }]);
  });

  it('is null outside a request', () => {
    expect(peerAddress()).toBeNull();
  });
});
