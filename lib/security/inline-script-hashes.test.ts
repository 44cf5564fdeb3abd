import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashedScriptPolicy, inlineScriptHashes } from './inline-script-hashes.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inline script hashes', () => {
  it('hashes the exact text of every inline script, once each', () => {
    const first = 'self.__next_f.push([1,"a"])';
    const second = '(self.__next_f=self.__next_f||[]).push([0])';
    const html = `<html><body><script>${first}</script><p>x</p><script >${second}</script><script>${first}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(first), sha(second)]);
  });

  it('hashes multi-line and non-ASCII scripts byte for byte as UTF-8', () => {
    const text = 'console.log("नेपाल")\n;1';
    expect(inlineScriptHashes(`<script>${text}</script>`)).toEqual([sha(text)]);
  });

  it('leaves out external scripts and data blocks, keeps module and JavaScript types', () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"Product"}</script>',
      '<script type="module">import("/a.js")</script>',
      "<script type='text/javascript'>b()</script>",
      '<script nomodule="">c()</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha('import("/a.js")'), sha('b()'), sha('c()')]);
  });

  it('has no hashes for a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>hello</p>')).toEqual([]);
    expect(hashedScriptPolicy('<p>hello</p>')).toBe("script-src 'self'");
  });

  it('builds a script-src with only its own origin and the hashes (no nonce, no strict-dynamic)', () => {
    const policy = hashedScriptPolicy('<script>a()</script>');
    expect(policy).toBe(`script-src 'self' ${sha('a()')}`);
    expect(policy).not.toMatch(/nonce|strict-dynamic|unsafe-inline/);
    expect(hashedScriptPolicy('<script>a()</script>', { development: true })).toMatch(/'unsafe-eval'$/);
  });
});
