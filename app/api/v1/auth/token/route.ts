import { apiUserAgent } from '@/lib/api/client';
import { endpoints } from '@/lib/api/contract/endpoints';
import { tokenPairSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { tokenDeps } from '@/lib/api/keys';
import { ok } from '@/lib/api/respond';
import { signInForApi } from '@/lib/api/sign-in';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(endpoints.signIn, async ({ body, ip, request }) =>
  ok(tokenPairSchema, await signInForApi(body, { ip, userAgent: apiUserAgent(request) }, tokenDeps())),
);
export const OPTIONS = preflight;
