import type { Permission } from '@/lib/permissions/matrix';

/** What a partner API key may be allowed (lib/api/partner-keys.ts); each endpoint for partners names one. */
export const PARTNER_SCOPES = ['catalog:read', 'orders:read', 'orders:write'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export const PARTNER_SCOPE_LABELS: Record<PartnerScope, string> = {
  'catalog:read': 'Read the catalog (products, search, alternatives) with a limit of its own',
  'orders:read': 'Read orders being delivered: number, status, amount to collect, delivery address and phone (never the medicines)',
  'orders:write': 'Report a dispatched order delivered, and whether the cash on delivery was collected',
};

/**
 * What a staff endpoint needs. A staff token holds no power of its own: each request checks the
 * member's role now (lib/permissions), so a role change or a disabled account applies at once.
 */
export const STAFF_SCOPES = {
  'staff:orders': 'orders.manage',
  'staff:prescriptions': 'prescriptions.review',
} as const satisfies Record<string, Permission>;
export type StaffScope = keyof typeof STAFF_SCOPES;
