import type { Role } from '@/lib/auth/roles';
import { permissionForAdminPath } from '@/lib/permissions/admin-areas';
import { decideAccess } from '@/lib/permissions/matrix';
import { loginPath } from './redirect-target';

/**
 * What proxy.ts does, before rendering starts, for pages that need a session. It exists for honest
 * HTTP status codes: once a page streams (the root loading.tsx starts the stream), redirect() and
 * forbidden() can no longer change the 200. The guard itself stays in every page
 * (requireUser / requirePermission); this is only the early answer, read from the same permission matrix.
 */
export type ProxyDecision = { kind: 'pass' } | { kind: 'redirect'; location: string } | { kind: 'forbidden' };

export function decidePrivateArea(
  pathWithSearch: string,
  session: { user: { role: Role; twoFactorEnabled: boolean } | null; twoFactorVerified: boolean },
  appUrl: string,
): ProxyDecision {
  const pathname = pathWithSearch.split('?')[0]!;
  const staffArea = /^\/admin(\/|$)/.test(pathname);
  const accountArea = /^\/account(\/|$)/.test(pathname);
  if (!staffArea && !accountArea) return { kind: 'pass' };
  if (!session.user) return { kind: 'redirect', location: loginPath(pathWithSearch, appUrl) };
  if (!staffArea) return { kind: 'pass' };
  const decision = decideAccess(session.user, session.twoFactorVerified, permissionForAdminPath(pathname));
  if (decision === 'forbidden') return { kind: 'forbidden' };
  if (decision === 'enrol-two-factor') return { kind: 'redirect', location: '/account/two-factor' };
  return { kind: 'pass' };
}

/** A self-contained 403 page: the proxy answers before the app renders. */
export const FORBIDDEN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not allowed · MediNest</title></head>
<body style="font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;margin:0;padding:48px 16px">
<main style="max-width:32rem;margin:0 auto;background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:24px;text-align:center">
<h1 style="font-size:1.25rem">You do not have access to this page</h1>
<p style="color:#475569">This part of MediNest is for pharmacists and administrators.</p>
<p><a href="/" style="color:#065f46">Back to the shop</a></p>
</main></body></html>`;
