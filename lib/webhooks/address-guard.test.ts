import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, refusedAddress, resolveAllowed } from './address-guard';

const production = { production: true, allowLoopback: false };
const withLoopback = { production: true, allowLoopback: true };
const development = { production: false, allowLoopback: false };
const resolvesTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('webhook address guard (SSRF)', () => {
  it('accepts a public https URL', () => {
    expect(checkWebhookUrl('https://partner.example.com/hooks?x=1', production).toString()).toBe('https://partner.example.com/hooks?x=1');
  });

  it('refuses plain http in production, and anything but http(s) anywhere', () => {
    expect(() => checkWebhookUrl('http://partner.example.com/hooks', production)).toThrow(/Only https/);
    expect(checkWebhookUrl('http://partner.example.com/hooks', development).protocol).toBe('http:');
    expect(() => checkWebhookUrl('ftp://partner.example.com/', development)).toThrow(/Only https/);
    expect(() => checkWebhookUrl('file:///etc/passwd', development)).toThrow(/Only https/);
    expect(() => checkWebhookUrl('not a url', development)).toThrow(/full URL/);
    expect(() => checkWebhookUrl('https://user:pw@partner.example.com/', production)).toThrow(/user name or password/);
  });

  it('refuses private, loopback and link-local addresses written into the URL', () => {
    for (const url of ['https://10.1.2.3/', 'https://127.0.0.1/', 'https://127.8.9.10:8443/', 'https://169.254.169.254/latest/meta-data', 'https://192.168.1.1/', 'https://172.20.0.1/', 'https://[::1]/', 'https://[fe80::1]/', 'https://[fd00::1]/', 'https://[::ffff:127.0.0.1]/', 'https://0.0.0.0/', 'https://2130706433/']) {
      expect(() => checkWebhookUrl(url, production), url).toThrow(/private network/);
    }
    expect(() => checkWebhookUrl('https://localhost/', production)).toThrow(/localhost/);
    expect(() => checkWebhookUrl('https://intranet/', production)).toThrow(/public host name/);
  });

  it('lets loopback (and only loopback) through with WEBHOOK_ALLOW_LOOPBACK, http included', () => {
    expect(checkWebhookUrl('http://127.0.0.1:3999/hooks', withLoopback).port).toBe('3999');
    expect(checkWebhookUrl('http://[::1]:3999/hooks', withLoopback).hostname).toBe('[::1]');
    expect(checkWebhookUrl('http://localhost:3999/hooks', withLoopback).hostname).toBe('localhost');
    expect(() => checkWebhookUrl('http://partner.example.com/', withLoopback)).toThrow(/Only https/);
    expect(() => checkWebhookUrl('https://10.0.0.1/', withLoopback)).toThrow(/private network/);
    expect(refusedAddress('169.254.169.254', withLoopback)).toMatch(/link-local/);
  });

  it('checks every address a name resolves to', async () => {
    await expect(resolveAllowed('partner.example.com', production, resolvesTo('93.184.216.34'))).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(resolveAllowed('sneaky.example.com', production, resolvesTo('127.0.0.1'))).rejects.toThrow(/loopback/);
    await expect(resolveAllowed('sneaky.example.com', production, resolvesTo('93.184.216.34', '10.0.0.8'))).rejects.toThrow(/private/);
    await expect(resolveAllowed('sneaky.example.com', production, resolvesTo('::1'))).rejects.toThrow(/loopback/);
    await expect(resolveAllowed('metadata.example.com', withLoopback, resolvesTo('169.254.169.254'))).rejects.toThrow(/link-local/);
    await expect(resolveAllowed('dev.example.com', withLoopback, resolvesTo('127.0.0.1'))).resolves.toEqual({ address: '127.0.0.1', family: 4 });
    await expect(resolveAllowed('nothing.example.com', production, resolvesTo())).rejects.toThrow(/does not resolve/);
  });
});
