import { readPublicProductImage } from '@/lib/catalog/product-images';

/** GET /api/product-images/public/<sha256>.svg: a drawn pack picture; public, like the catalog. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  const image = await readPublicProductImage(key);
  if (!image) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'Content-Type': image.contentType,
      // The key is the bytes' SHA-256: other bytes never appear under it, so caches may keep it for good.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // Opened on its own (not through <img>), an SVG is a document: nothing in it may run or load,
      // and no page may frame it. The proxy leaves these to the route (lib/security/headers.ts).
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
      'X-Frame-Options': 'DENY',
    },
  });
}
