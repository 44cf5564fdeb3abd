import { readProductImage } from '@/lib/admin/products/image';

/** GET /api/product-images/local/<key>: a product photo uploaded in /admin/products; public, like the catalog. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; key: string }> }): Promise<Response> {
  const { kind, key } = await params;
  const bytes = await readProductImage(kind, key);
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'image/webp',
      // Keys are never reused: a new upload gets a new key, so the bytes can be cached for long.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
