import { unauthorized } from '@/lib/api/authenticate';
import { endpoints } from '@/lib/api/contract/endpoints';
import { tokenPairSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { tokenDeps } from '@/lib/api/keys';
import { ok } from '@/lib/api/respond';
import { rotateRefreshToken } from '@/lib/api/tokens/refresh-tokens';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(endpoints.refresh, async ({ body, ip }) => {
  const outcome = await rotateRefreshToken(tokenDeps(), body.refreshToken, ip);
  if (outcome.kind === 'rotated') return ok(tokenPairSchema, outcome.tokens);
  // A reused token has just revoked its whole sign-in; the client can only sign in again.
  throw unauthorized('invalid_token', outcome.kind === 'reused' ? 'This refresh token was already used; every token of this sign-in is now revoked. Sign in again.' : 'The refresh token is invalid or has expired.');
});
export const OPTIONS = preflight;
