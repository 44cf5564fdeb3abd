import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authDeps } from '@/lib/auth/auth-deps';
import { auditSignIn, checkPassword } from '@/lib/auth/sign-in';
import { verifySecondFactor } from '@/lib/auth/two-factor';
import { isStaff } from '@/lib/permissions/matrix';
import { ApiProblem } from './problem';
import { issueTokens, type TokenDeps, type TokenPair } from './tokens/refresh-tokens';

/**
 * An app signs in through the shop's own checks: checkPassword (locks, delays, the same answer for
 * unknown email, wrong password and disabled account) and, for accounts with two-factor, the same
 * code check as the code page. Then a token pair instead of a cookie. Staff must have two-factor
 * set up (in the back office) and send its code; their tokens are marked two-factor verified.
 */
export async function signInForApi(
  input: { email: string; password: string; code?: string },
  client: { ip: string | null; userAgent: string | null },
  deps: TokenDeps,
): Promise<TokenPair> {
  const auth = authDeps();
  const { user, twoFactorRequired } = await checkPassword({ email: input.email, password: input.password, ip: client.ip }, auth);
  if (isStaff(user.role) && !twoFactorRequired) {
    await recordAudit(auth.db, { actorId: user.id, actorRole: user.role, action: 'auth.api_staff_refused', entityType: 'user', entityId: user.id, ip: client.ip, details: { reason: 'two_factor_not_set_up' } });
    throw new ApiProblem('forbidden', 'Set up two-factor authentication in the back office before signing in to the API.');
  }
  if (twoFactorRequired) {
    if (!input.code) {
      throw new ApiProblem('unauthorized', 'This account uses two-factor authentication: send the code from the authenticator app as `code`.', { errors: { code: ['Two-factor code required'] } });
    }
    const { method } = await verifySecondFactor(user.id, input.code, client.ip, auth);
    await auditSignIn(auth, user, client.ip, method);
  }
  return issueTokens(deps, user, client, { twoFactorVerified: twoFactorRequired });
}
