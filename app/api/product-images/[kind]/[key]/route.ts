import { publishLegacyProductPhoto } from '@/lib/admin/products/legacy-photo';
import { publicProductImageResponse } from '@/lib/catalog/public-image-response';

/**
 * GET /api/product-images/<local|uploadthing>/<key>: only photos uploaded before photos became
 * public files have such a URL. It answers with the public copy (lib/admin/products/legacy-photo.ts),
 * not a redirect, because next/image's optimizer does not follow redirects for local images and
 * pages cached before the move still ask for this URL through it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; key: string }> }): Promise<Response> {
  const { kind, key } = await params;
  return publicProductImageResponse(await publishLegacyProductPhoto(kind, key));
}
