import { gzipSync } from 'node:zlib';

export type PageWeight = { path: string; scripts: number; scriptGzipBytes: number; inlineGzipBytes: number };

/**
 * First-load JavaScript of a page, gzipped: every script file the HTML loads (what `next build`
 * used to report as First Load JS; Next 16 no longer prints it). Inline scripts (the RSC payload)
 * are reported apart, since they are page data rather than code.
 */
export async function firstLoadJs(baseUrl: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(new URL(path, baseUrl))).text();
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
  let scriptGzipBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    scriptGzipBytes += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  return { path, scripts: sources.size, scriptGzipBytes, inlineGzipBytes: gzipSync(Buffer.from(inline)).length };
}
