import { readPublicProductImage } from '@/lib/catalog/product-images';
import { publicProductImageResponse } from '@/lib/catalog/public-image-response';

/** GET /api/product-images/public/<sha256>.<svg|webp>: a drawn pack or an uploaded photo; public, like the catalog. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  return publicProductImageResponse(await readPublicProductImage(key));
}
