import type { PublicProductImage } from './public-image';

/** How a public product picture is answered, at its own URL and at the old photo URLs (legacy-photo.ts). */
export function publicProductImageResponse(image: PublicProductImage | null): Response {
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
