import type { Role } from '@/lib/auth/roles';

/** Everything the back office lets someone do, by name. Pages, actions, routes and the proxy ask for one of these. */
export const PERMISSIONS = [
  'dashboard.view',
  'orders.view',
  'orders.manage',
  'orders.export',
  'prescriptions.review',
  'prescription-files.read',
  'stock.view',
  'stock.manage',
  'stock.export',
  'products.manage',
  'users.manage',
  'audit.view',
  'outbox.manage',
  'api-keys.manage',
  'webhooks.manage',
  'settings.manage',
  'controlled-register.view',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const PHARMACY: readonly Permission[] = [
  'dashboard.view',
  'orders.view',
  'orders.manage',
  'orders.export',
  'prescriptions.review',
  'prescription-files.read',
  'stock.view',
  'stock.manage',
  'stock.export',
  'controlled-register.view',
];

/**
 * The one table of who may do what (issue #8, #11): pharmacists run orders, prescriptions and
 * stock; admins do everything. `staff` roles sign in with two-factor and land in the back office.
 */
export const ROLES: Record<Role, { staff: boolean; permissions: readonly Permission[] }> = {
  customer: { staff: false, permissions: [] },
  pharmacist: { staff: true, permissions: PHARMACY },
  admin: { staff: true, permissions: PERMISSIONS },
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role !== null && role !== undefined && ROLES[role].permissions.includes(permission);
}

/** Staff must hold two-factor to use anything they are allowed; the rest of the shop never asks. */
export function isStaff(role: Role): boolean {
  return ROLES[role].staff;
}

/** The roles that hold a permission, for queries such as "is another active admin left?". */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLES) as Role[]).filter((role) => can(role, permission));
}

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden' | 'enrol-two-factor';

/**
 * The gate every page, action, route and the proxy apply. Staff pass only with two-factor enrolled
 * *and* a session opened (or upgraded) with a code, so a stolen password alone never opens /admin.
 */
export function decideAccess(
  user: { role: Role; twoFactorEnabled: boolean } | null,
  sessionTwoFactorVerified: boolean,
  permission: Permission,
): AccessDecision {
  if (!user) return 'sign-in';
  if (!can(user.role, permission)) return 'forbidden';
  if (isStaff(user.role) && (!user.twoFactorEnabled || !sessionTwoFactorVerified)) return 'enrol-two-factor';
  return 'allow';
}
