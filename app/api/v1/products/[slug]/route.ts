import { findProductForPage } from '@/lib/catalog/product-page';
import { endpoints } from '@/lib/api/contract/endpoints';
import { productDetailSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.getProduct, async ({ params }) => {
  const product = await findProductForPage(params.slug);
  if (!product) throw new ApiProblem('not-found', 'Product not found.');
  return ok(productDetailSchema, product);
});
export const OPTIONS = preflight;
