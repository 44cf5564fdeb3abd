import { db } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { endSession } from '@/lib/auth/sessions/store';
import { endpoints } from '@/lib/api/contract/endpoints';
import { apiRoute, preflight } from '@/lib/api/handler';
import { noContent } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

// Ending the session record ends its access tokens (checked on every request) and refresh tokens.
export const POST = apiRoute(endpoints.signOut, async ({ caller, ip }) => {
  await endSession(db, caller.sessionId, 'signed_out');
  await recordAudit(db, { actorId: caller.user.id, actorRole: caller.user.role, action: 'auth.sign_out', entityType: 'user', entityId: caller.user.id, ip, details: { via: 'api' } });
  return noContent();
});
export const OPTIONS = preflight;
