import { gzipSync } from 'node:zlib';

export type PageWeight = { path: string; scripts: number; scriptGzipBytes: number; inlineGzipBytes: number };

/**
 * First-load JavaScript of a page, gzipped: every script file a modern browser loads (what `next build`
 * used to report as First Load JS; Next 16 no longer prints it). Inline scripts (the RSC payload)
 * are reported apart, since they are page data rather than code.
 */
export async function firstLoadJs(baseUrl: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(new URL(path, baseUrl))).text();
  // `noModule` scripts are legacy polyfills that modern browsers never download.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = new Set(tags.map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replace(/&amp;/g, '&')).filter((src): src is string => Boolean(src)));
  let scriptGzipBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    scriptGzipBytes += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  return { path, scripts: sources.size, scriptGzipBytes, inlineGzipBytes: gzipSync(Buffer.from(inline)).length };
}
